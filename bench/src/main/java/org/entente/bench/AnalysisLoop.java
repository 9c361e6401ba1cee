package org.entente.bench;

import java.util.Locale;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.Article;

/**
 * Analyses a generated corpus in a plain loop for a given time, on one thread: the thing to run
 * under a profiler (JFR) to see where the analysis spends its time, without JMH's machinery.
 * <pre>
 * java -XX:StartFlightRecording=filename=analysis.jfr,settings=profile,dumponexit=true -cp bench/target/benchmarks.jar \
 *      org.entente.bench.AnalysisLoop --articles=2000 --seconds=30
 * java -cp bench/target/benchmarks.jar org.entente.bench.JfrHotSpots analysis.jfr
 * </pre>
 */
public final class AnalysisLoop {

    private AnalysisLoop() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, "articles", "seed", "seconds");
        BenchCorpus corpus = BenchCorpus.load(Integer.parseInt(arguments.get("articles", "2000")),
            Long.parseLong(arguments.get("seed", "42")));
        long until = System.nanoTime() + (long) (Double.parseDouble(arguments.get("seconds", "30")) * 1e9);
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.defaults());
        // CPU time of this thread as well as wall time: on a shared machine the wall-clock rate moves with
        // the load of others, the rate per CPU second much less
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long articles = 0;
        long sentences = 0;
        long bytes = 0;
        long mentions = 0;
        while (System.nanoTime() < until) {
            for (Article article : corpus.articles()) {
                var analysis = analyzer.analyze(article);
                articles++;
                sentences += analysis.sentences();
                mentions += analysis.mentions().size();
                bytes += article.text().length();
                if (System.nanoTime() >= until) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d mentions in %.1f s: %.0f articles/s, %.0f sentences/s, %.2f M chars/s;"
                + " %.1f CPU s: %.0f sentences per CPU second%n",
            articles, sentences, mentions, seconds, articles / seconds, sentences / seconds, bytes / 1e6 / seconds,
            cpuSeconds, sentences / cpuSeconds);
    }
}
