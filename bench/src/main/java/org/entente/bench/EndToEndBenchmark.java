package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the whole job (ingest to PDF, database writes included) on generated corpora in a child
 * JVM with a small heap, and prints articles/s, sentences/s, MB/s, peak heap and each step's time.
 * Each size gets a fresh output folder: the job is incremental, and a second run over the same
 * store would skip the analysis it measures.
 * <pre>
 * java -cp bench/target/benchmarks.jar org.entente.bench.EndToEndBenchmark \
 *      --articles=10000,100000 --job-jar=report/target/entente.jar [--heap=512m] [--seed=42]
 *      [--work=bench/target/e2e] [--threads=N] [--jfr=true]
 * </pre>
 * Figures are also written to {@code <work>/result-<articles>.properties}; the job's log to
 * {@code <work>/job-<articles>.log}, its GC log beside it, and with {@code --jfr=true} a flight
 * recording {@code job-<articles>.jfr} that {@link JfrHotSpots} summarises.
 */
public final class EndToEndBenchmark {

    private static final String MAIN_CLASS = "org.entente.report.EntenteApplication";

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, "articles", "seed", "heap", "work", "job-jar", "job-classpath",
            "threads", "jfr");
        long seed = Long.parseLong(arguments.get("seed", "42"));
        String heap = arguments.get("heap", "512m");
        Path work = Path.of(arguments.get("work", "target/e2e")).toAbsolutePath();
        Files.createDirectories(work);
        List<String> launch = launch(arguments, work);

        List<Map<String, Object>> results = new ArrayList<>();
        for (String size : arguments.get("articles", "10000").split(",")) {
            int articles = Integer.parseInt(size.strip());
            results.add(runOnce(work, articles, seed, heap, launch, arguments.get("threads", ""),
                Boolean.parseBoolean(arguments.get("jfr", "false"))));
        }
        if (results.size() > 1) {
            System.out.println("\n== scaling (time per article should stay flat as the corpus grows)");
            for (Map<String, Object> r : results) {
                System.out.printf(Locale.ROOT, "%8d articles: %.3f ms per article (wall), %.3f ms per article (job), peak heap %s MB, max after GC %s MB%n",
                    (Integer) r.get("articles"), (Double) r.get("wall_seconds") * 1000 / (Integer) r.get("articles"),
                    (Double) r.get("job_seconds") * 1000 / (Integer) r.get("articles"), r.get("heap_peak_used_mb"),
                    r.get("heap_max_after_gc_mb"));
            }
        }
    }

    private static List<String> launch(Arguments arguments, Path work) throws IOException {
        String classpath = arguments.get("job-classpath", "");
        if (!classpath.isEmpty()) {
            return List.of("-cp", classpath, MAIN_CLASS);
        }
        Path jar = Path.of(arguments.get("job-jar", "report/target/entente.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no job jar at " + jar + ": build it first (mvn -o -q -pl report -am package -DskipTests) "
                + "or give --job-classpath");
        }
        // A private copy: other builds in the same tree may rewrite the jar while a long run reads classes from it.
        Path copy = work.resolve("entente-job.jar");
        Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return List.of("-jar", copy.toString());
    }

    private static Map<String, Object> runOnce(Path work, int articles, long seed, String heap, List<String> launch,
                                               String threads, boolean jfr) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%n== end to end: %d articles (seed %d), -Xmx%s, %d cores%n", articles, seed, heap, cores);
        System.out.println("machine: " + Machine.describe());
        Path corpusDir = work.resolve("corpus-" + articles + "-" + seed);
        long t0 = System.nanoTime();
        CorpusGenerator.Summary corpus = CorpusGenerator.reuseOrGenerate(corpusDir, articles, seed);
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d sentences, %.1f MB, %d expected events (%d occurred) in %s (ready in %.1f s)%n",
            corpus.articles(), corpus.sentences(), corpus.bytes() / 1e6, corpus.events(), corpus.counted(), corpusDir,
            (System.nanoTime() - t0) / 1e9);

        Path output = work.resolve("output-" + articles);
        FileTrees.delete(output);
        Path log = work.resolve("job-" + articles + ".log");
        Path gcLog = work.resolve("gc-" + articles + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Xlog:gc:file=" + gcLog + ":uptime"));
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=" + work.resolve("job-" + articles + ".jfr") + ",settings=profile,dumponexit=true");
        }
        command.addAll(launch);
        command.add("--input=" + corpusDir.resolve(CorpusGenerator.ARTICLES));
        command.add("--output=" + output);
        if (!threads.isEmpty()) {
            command.add("--entente.analysis-threads=" + threads);
        }
        System.out.println("job: " + String.join(" ", command));

        long startMillis = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProcessSampler sampler = new ProcessSampler(process);
        Thread samplerThread = ProcessSampler.start(sampler);
        int exit = process.waitFor();
        long endMillis = System.currentTimeMillis();
        samplerThread.join(1000);
        double wall = (endMillis - startMillis) / 1000.0;
        System.out.println("load average at the end: " + Machine.loadAverage());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", articles);
        result.put("seed", seed);
        result.put("cores", cores);
        result.put("heap_max", heap);
        result.put("sentences", corpus.sentences());
        result.put("bytes", corpus.bytes());
        result.put("exit_code", exit);
        result.put("wall_seconds", wall);
        if (exit != 0) {
            System.out.println("job FAILED with exit code " + exit + "; last lines of " + log + ":");
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> System.out.println("  " + l));
        }

        StepTimes.Run run = null;
        try {
            run = StepTimes.read(output);
        } catch (java.sql.SQLException e) {
            System.out.println("step times unavailable: " + e.getMessage());
        }
        double jobSeconds = run == null ? wall : (run.endMillis() - run.startMillis()) / 1000.0;
        result.put("job_seconds", jobSeconds);
        result.put("startup_seconds", run == null ? Double.NaN : (run.startMillis() - startMillis) / 1000.0);
        GcLog gc = GcLog.read(gcLog);
        result.put("heap_peak_used_mb", gc.peakUsedMb());
        result.put("heap_max_after_gc_mb", gc.maxAfterMb());
        result.put("heap_after_full_gc_mb", gc.maxAfterFullMb());
        result.put("heap_max_committed_mb", gc.maxCommittedMb());
        result.put("gc_count", gc.collections());
        result.put("gc_full_count", gc.fullCollections());
        result.put("gc_pause_seconds", gc.pauseSeconds());
        result.put("rss_peak_mb", sampler.peakRssKb() / 1024);
        result.put("cpu_seconds", sampler.totalCpuSeconds());

        System.out.printf(Locale.ROOT, "exit %d; wall %.1f s (JVM and Spring start %.1f s, job %.1f s); CPU %.1f s (%.2f cores on average)%n",
            exit, wall, (Double) result.get("startup_seconds"), jobSeconds, sampler.totalCpuSeconds(),
            sampler.totalCpuSeconds() / wall);
        System.out.printf(Locale.ROOT, "throughput, wall clock (ingest to PDF, start-up included): %.0f articles/s, %.0f sentences/s, %.2f MB/s%n",
            articles / wall, corpus.sentences() / wall, corpus.bytes() / 1e6 / wall);
        System.out.printf(Locale.ROOT, "throughput, job only: %.0f articles/s, %.0f sentences/s, %.2f MB/s%n",
            articles / jobSeconds, corpus.sentences() / jobSeconds, corpus.bytes() / 1e6 / jobSeconds);
        System.out.printf(Locale.ROOT, "heap: peak used %d MB (before GC), max after GC %d MB (young GCs leave old garbage: an upper "
                + "bound of the live set), after full GC %s, committed %d MB of -Xmx%s; %d GCs (%d full), %.2f s paused; peak RSS %d MB%n",
            gc.peakUsedMb(), gc.maxAfterMb(), gc.maxAfterFullMb() < 0 ? "- (none ran)" : gc.maxAfterFullMb() + " MB",
            gc.maxCommittedMb(), heap, gc.collections(), gc.fullCollections(), gc.pauseSeconds(), sampler.peakRssKb() / 1024);
        result.put("sentences_per_second_wall", corpus.sentences() / wall);
        result.put("mb_per_second_wall", corpus.bytes() / 1e6 / wall);
        result.put("articles_per_second_wall", articles / wall);

        if (run != null) {
            System.out.printf(Locale.ROOT, "run status %s; steps:%n", run.status());
            System.out.printf(Locale.ROOT, "  %-22s %-10s %9s %9s %6s %9s %7s %12s %10s %10s%n", "step", "status", "read", "written",
                "skips", "seconds", "cores", "sentences/s", "heap peak", "after GC");
            for (StepTimes.Step step : run.steps()) {
                double busy = sampler.coresBetween(step.startMillis(), step.endMillis());
                // GC log times count from JVM start, which is within milliseconds of the process start.
                long[] heapInStep = gc.between((step.startMillis() - startMillis) / 1000.0, (step.endMillis() - startMillis) / 1000.0);
                System.out.printf(Locale.ROOT, "  %-22s %-10s %9d %9d %6d %9.2f %7s %12s %10s %10s%n", step.name(), step.status(),
                    step.read(), step.written(), step.skipped(), step.seconds(),
                    Double.isNaN(busy) ? "-" : String.format(Locale.ROOT, "%.2f", busy),
                    step.seconds() < 0.5 ? "-" : String.format(Locale.ROOT, "%.0f", corpus.sentences() / step.seconds()),
                    heapInStep[0] + " MB", heapInStep[1] + " MB");
                result.put("step." + step.name() + ".heap_peak_mb", heapInStep[0]);
                result.put("step." + step.name() + ".heap_after_gc_mb", heapInStep[1]);
                result.put("step." + step.name() + ".seconds", step.seconds());
                result.put("step." + step.name() + ".cores", busy);
            }
        }
        Path mentions = output.resolve("mentions.csv");
        if (Files.isRegularFile(mentions)) {
            ExpectedEventsCheck.Result check = ExpectedEventsCheck.check(corpusDir.resolve(CorpusGenerator.EXPECTED), mentions);
            System.out.println("agreement with the generator: " + check.describe());
            result.put("expected_recall", (double) check.found() / Math.max(1, check.expected()));
            result.put("expected_precision", (double) check.matching() / Math.max(1, check.mentions()));
        }
        StringBuilder properties = new StringBuilder();
        result.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
        Files.writeString(work.resolve("result-" + articles + ".properties"), properties);
        return result;
    }
}
