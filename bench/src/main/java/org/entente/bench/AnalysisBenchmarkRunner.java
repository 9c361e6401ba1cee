package org.entente.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.Article;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AnalysisBenchmark} with 1 thread, then 2 (or the counts given), and prints what
 * JMH alone does not: sentences/s, MB/s, per-core figures and the speed-up over one thread.
 * <pre>
 * java -cp bench/target/benchmarks.jar org.entente.bench.AnalysisBenchmarkRunner \
 *      --threads=1,2 --articles=2000 --warmup=2 --iterations=3 --time=5 [--forks=1] [--prof=gc]
 * </pre>
 */
public final class AnalysisBenchmarkRunner {

    private AnalysisBenchmarkRunner() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        Arguments arguments = Arguments.parse(args, "threads", "articles", "seed", "warmup", "iterations", "time",
            "forks", "prof");
        int articles = Integer.parseInt(arguments.get("articles", "2000"));
        long seed = Long.parseLong(arguments.get("seed", "42"));
        int cores = Runtime.getRuntime().availableProcessors();

        System.out.println("machine: " + Machine.describe());
        BenchCorpus corpus = BenchCorpus.load(articles, seed);
        CorpusGenerator.Summary written = CorpusGenerator.Summary.read(BenchCorpus.folder(articles, seed));
        // Sentences as written by the generator (headline included); the analyzer's own count on a
        // sample is printed beside it, since its splitter, not ours, is what the job runs.
        long sentences = written.sentences();
        double sentencesPerArticle = (double) sentences / corpus.articles().size();
        double bytesPerArticle = (double) corpus.bytes() / corpus.articles().size();
        int sample = Math.min(100, corpus.articles().size());
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d sentences (%.1f per article; the analyzer counts %.1f on the first %d), "
                + "%.2f MB (%.0f bytes per sentence); %d cores%n",
            corpus.articles().size(), sentences, sentencesPerArticle,
            (double) countSentences(corpus.articles().subList(0, sample)) / sample, sample, corpus.bytes() / 1e6,
            corpus.bytes() / (double) sentences, cores);

        List<double[]> rows = new ArrayList<>();
        for (String t : arguments.get("threads", "1,2").split(",")) {
            int threads = Integer.parseInt(t.strip());
            ChainedOptionsBuilder options = new OptionsBuilder()
                .include(AnalysisBenchmark.class.getName() + ".analyze")
                .param("articles", Integer.toString(articles))
                .param("seed", Long.toString(seed))
                .threads(threads)
                .forks(Integer.parseInt(arguments.get("forks", "1")))
                .warmupIterations(Integer.parseInt(arguments.get("warmup", "2")))
                .measurementIterations(Integer.parseInt(arguments.get("iterations", "3")))
                .warmupTime(TimeValue.seconds(Long.parseLong(arguments.get("time", "5"))))
                .measurementTime(TimeValue.seconds(Long.parseLong(arguments.get("time", "5"))));
            String prof = arguments.get("prof", "");
            if (!prof.isEmpty()) {
                options.addProfiler(prof);
            }
            for (RunResult result : new Runner(options.build()).run()) {
                var score = result.getPrimaryResult();
                rows.add(new double[] {threads, score.getScore(), score.getScoreError()});
            }
        }

        System.out.println();
        System.out.println("load average after the runs: " + Machine.loadAverage());
        System.out.println("threads  articles/s (±99.9%)   sentences/s      MB/s   sentences/s/thread  speed-up");
        double single = rows.isEmpty() ? 0 : rows.get(0)[1];
        for (double[] row : rows) {
            double perSecond = row[1];
            System.out.printf(Locale.ROOT, "%7d  %10.1f (±%5.1f)  %12.0f  %8.2f  %18.0f  %8.2f%n",
                (int) row[0], perSecond, row[2], perSecond * sentencesPerArticle, perSecond * bytesPerArticle / 1e6,
                perSecond * sentencesPerArticle / row[0], single == 0 ? 0 : perSecond / single);
        }
    }

    private static long countSentences(List<Article> articles) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.defaults());
        long sentences = 0;
        for (Article article : articles) {
            sentences += analyzer.analyze(article).sentences();
        }
        return sentences;
    }
}
