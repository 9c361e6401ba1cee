package org.entente.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalysis;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput of the analysis alone ({@code ArticleAnalyzer.analyze}), in articles per second, on a
 * generated corpus held in memory: no file reading, no database, no report. One analyzer is shared
 * by all threads, as the job's analysis step shares it, so contention inside it shows up in the
 * 1- versus 2-thread figures. Sentences/s and MB/s are articles/s times the corpus' sentences (as
 * the analyzer counts them) and bytes per article; {@link AnalysisBenchmarkRunner} prints them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class AnalysisBenchmark {

    @Param("2000")
    public int articles;

    @Param("42")
    public long seed;

    private List<Article> corpus;
    private ArticleAnalyzer analyzer;

    @Setup(Level.Trial)
    public void load() throws IOException {
        corpus = BenchCorpus.load(articles, seed).articles();
        analyzer = ArticleAnalyzer.create(AnalysisOptions.defaults());
    }

    /** Where each thread is in the corpus; threads start at different places so they do not analyse the same article together. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            next = thread.getThreadIndex() * 7919;
        }
    }

    @Benchmark
    public ArticleAnalysis analyze(Cursor cursor) {
        Article article = corpus.get(Math.floorMod(cursor.next++, corpus.size()));
        return analyzer.analyze(article);
    }
}
