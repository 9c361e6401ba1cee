package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The kill-and-restart torture test: kills the real job jar with SIGKILL at chosen moments of every
 * step (ingest, analysis, merge, report, and inside the restart itself, twice in a row too), runs the
 * same command again each time, and checks that the restart completes within the uninterrupted run's
 * time plus a margin and writes the four CSV files byte for byte as the uninterrupted run did.
 *
 * <p>Moments are given as a step's start line in the log ({@code step analyzeStep started}) plus a
 * fraction of that step's length in the uninterrupted run, so they land inside the step whatever the
 * machine's speed.
 *
 * <p>Command line: {@code KillRestartTorture --work=DIR --job-jar=report/target/entente.jar
 * [--articles=1000] [--seed=42] [--heap=512m] [--rounds=1] [--extra="--spring.x=y ..."] [--only=analy]}; exit code 0 when
 * every kill point passed.
 */
public final class KillRestartTorture {

    static final List<String> CSV_FILES = List.of("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv");

    /** Where a kill lands: after a log line, a fraction of the step's length (or a fixed number of ms) later. */
    record Moment(String step, Pattern line, double fraction, long millis) {

        static Moment inStep(String step, double fraction) {
            return new Moment(step, Pattern.compile("step " + step + " started"), fraction, 0);
        }

        static Moment afterLine(String label, String regex, long millis) {
            return new Moment(label, Pattern.compile(regex), 0, millis);
        }

        static Moment afterStart(long millis) {
            return new Moment("start-up", null, 0, millis);
        }

        String describe() {
            return line == null ? step + " +" + millis + "ms"
                : fraction > 0 ? step + " at " + Math.round(fraction * 100) + "%" : step + " +" + millis + "ms";
        }
    }

    /** One kill point: one or more kills in a row, then the restart that must complete. */
    record KillPoint(String name, List<Moment> kills) {
    }

    /** What one run of the jar did. */
    record Outcome(int exitCode, boolean killed, boolean timedOut, double seconds, String lastStep, List<String> log) {
    }

    private final Path work;
    private final List<String> command;
    private final Map<String, Double> stepSeconds = new ConcurrentHashMap<>();
    private double baselineSeconds;

    private final String only;

    /** @param only run only the kill points whose name contains this ("" for all), to study one step */
    KillRestartTorture(Path work, List<String> command, String only) {
        this.work = work;
        this.command = command;
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, "work", "job-jar", "articles", "seed", "heap", "rounds", "extra", "margin",
            "only");
        Path work = Path.of(a.get("work", "target/torture")).toAbsolutePath();
        int articles = Integer.parseInt(a.get("articles", "1000"));
        long seed = Long.parseLong(a.get("seed", "42"));
        int rounds = Integer.parseInt(a.get("rounds", "1"));
        Path jar = Path.of(a.get("job-jar", "report/target/entente.jar")).toAbsolutePath();
        Path corpus = work.resolve("corpus");
        if (!Files.exists(corpus.resolve(CorpusGenerator.SUMMARY))) {
            FileTrees.delete(corpus);
            CorpusGenerator.generate(corpus, articles, seed);
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + a.get("heap", "512m"), "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true", "-jar", jar.toString(), "--input=" + corpus.resolve(CorpusGenerator.ARTICLES)));
        String extra = a.get("extra", "");
        if (!extra.isBlank()) {
            command.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        KillRestartTorture torture = new KillRestartTorture(work, command, a.get("only", ""));
        double margin = Double.parseDouble(a.get("margin", "1.0"));
        boolean allPassed = true;
        for (int round = 1; round <= rounds; round++) {
            allPassed &= torture.round(round, margin);
        }
        System.exit(allPassed ? 0 : 1);
    }

    /** The kill points: 30 of them, over every step and inside restarts. */
    static List<KillPoint> killPoints() {
        List<KillPoint> points = new ArrayList<>();
        points.add(new KillPoint("start-up", List.of(Moment.afterStart(1500))));
        points.add(new KillPoint("migrations", List.of(Moment.afterLine("start-up", "Starting EntenteApplication", 600))));
        for (double f : new double[] {0.0, 0.25, 0.5, 0.8}) {
            points.add(single("ingestStep", f));
        }
        for (double f : new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9}) {
            points.add(single("analyzeStep", f));
        }
        for (double f : new double[] {0.0, 0.3, 0.6, 0.9}) {
            points.add(single("mergeStep", f));
        }
        for (double f : new double[] {0.0, 0.3, 0.6, 0.9}) {
            points.add(single("reportStep", f));
        }
        // inside the restart itself: while it marks the killed run failed, and in its own steps; two kills in a row
        Moment analysis = Moment.inStep("analyzeStep", 0.4);
        points.add(new KillPoint("restart marking the run failed", List.of(analysis,
            Moment.afterLine("restart", "was interrupted without finishing", 0))));
        points.add(new KillPoint("restart, while it restarts the run", List.of(analysis,
            Moment.afterLine("restart", "did not finish .*restarting it", 0))));
        points.add(new KillPoint("restart in analysis, twice in a row", List.of(analysis, Moment.inStep("analyzeStep", 0.3))));
        points.add(new KillPoint("ingest then restart in analysis", List.of(Moment.inStep("ingestStep", 0.5),
            Moment.inStep("analyzeStep", 0.6))));
        points.add(new KillPoint("analysis then restart in merge", List.of(Moment.inStep("analyzeStep", 0.7),
            Moment.inStep("mergeStep", 0.3))));
        points.add(new KillPoint("merge then restart in report", List.of(Moment.inStep("mergeStep", 0.5),
            Moment.inStep("reportStep", 0.5))));
        points.add(new KillPoint("analysis, three kills in a row", List.of(Moment.inStep("analyzeStep", 0.2),
            Moment.inStep("analyzeStep", 0.2), Moment.inStep("analyzeStep", 0.5))));
        return points;
    }

    private static KillPoint single(String step, double fraction) {
        return new KillPoint(step.replace("Step", "") + " at " + Math.round(fraction * 100) + "%",
            List.of(Moment.inStep(step, fraction)));
    }

    /** Runs every kill point once; prints one line per point and a summary; true when all passed. */
    boolean round(int round, double margin) throws Exception {
        Path baseline = work.resolve("baseline");
        FileTrees.delete(baseline);
        stepSeconds.clear();
        Outcome base = run(baseline, null, Double.MAX_VALUE, true);
        if (base.exitCode() != 0) {
            throw new IllegalStateException("the uninterrupted run failed (exit " + base.exitCode() + "):\n"
                + String.join("\n", base.log()));
        }
        baselineSeconds = base.seconds();
        double limit = baselineSeconds * (1 + margin) + 10;
        System.out.printf(Locale.ROOT, "round %d: uninterrupted run %.1f s (steps: %s); a restart must complete within %.1f s%n",
            round, baselineSeconds, stepSeconds, limit);
        List<KillPoint> points = killPoints().stream().filter(p -> p.name().contains(only)).toList();
        int passed = 0;
        List<Double> restartTimes = new ArrayList<>();
        Map<String, Integer> landed = new java.util.TreeMap<>();
        for (int i = 0; i < points.size(); i++) {
            KillPoint point = points.get(i);
            Path output = work.resolve("point-" + (i + 1));
            StringBuilder where = new StringBuilder();
            boolean missed = true;
            // A machine faster than during the uninterrupted run may end a step before the kill: then the point is
            // tried again from the start, its moments moved to half as far into their steps (at most three tries).
            for (int attempt = 1; attempt <= 3 && missed; attempt++) {
                FileTrees.delete(output);
                where.setLength(0);
                if (attempt > 1) {
                    where.append("try ").append(attempt).append(": ");
                }
                missed = false;
                for (Moment moment : point.kills()) {
                    Moment at = attempt == 1 ? moment : new Moment(moment.step(), moment.line(),
                        moment.fraction() / Math.pow(2, attempt - 1), moment.millis() / (1L << (attempt - 1)));
                    Outcome killed = run(output, at, limit);
                    if (killed.killed()) {
                        landed.merge(killed.lastStep(), 1, Integer::sum);
                    }
                    where.append(where.isEmpty() || where.toString().endsWith(": ") ? "" : ", then ")
                        .append(killed.killed() ? "killed in " + killed.lastStep() : "not killed (exit " + killed.exitCode() + ")");
                    missed |= !killed.killed();
                }
            }
            Outcome restart = run(output, null, limit);
            restartTimes.add(restart.seconds());
            String problem = restart.timedOut() ? "HUNG: no end within " + Math.round(limit) + " s"
                : restart.exitCode() != 0 ? "FAILED: exit " + restart.exitCode()
                : differingCsv(baseline, output);
            boolean ok = problem.isEmpty() && !missed;
            if (missed && problem.isEmpty()) {
                problem = "the kill came too late (the run had ended)";
            }
            if (ok) {
                passed++;
                FileTrees.delete(output);
            } else {
                Files.write(output.resolve("restart.log"), restart.log(), StandardCharsets.UTF_8);
            }
            System.out.printf(Locale.ROOT, "%2d %-40s %-64s restart %5.1f s  %s%n", i + 1, point.name(), where,
                restart.seconds(), ok ? "ok" : problem);
        }
        double slowest = restartTimes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = restartTimes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "round %d: %d of %d kill points passed; restarts %.1f s on average, %.1f s at most "
            + "(uninterrupted %.1f s); kills by the step they landed in (tries that came too late included): %s%n",
            round, passed, points.size(), mean, slowest, baselineSeconds, landed);
        return passed == points.size();
    }

    /** "" when the four CSV files are byte-identical to the uninterrupted run's, else which differ. */
    static String differingCsv(Path expected, Path actual) throws IOException {
        List<String> differing = new ArrayList<>();
        for (String name : CSV_FILES) {
            Path a = expected.resolve(name);
            Path b = actual.resolve(name);
            if (!Files.exists(b) || Files.mismatch(a, b) != -1) {
                differing.add(name);
            }
        }
        return differing.isEmpty() ? "" : "WRONG OUTPUT: " + String.join(", ", differing) + " differ";
    }

    /**
     * Runs the jar with --output=output; kills it with SIGKILL at the moment given (null: lets it end), and
     * in any case when it has not ended within limitSeconds.
     */
    Outcome run(Path output, Moment killAt, double limitSeconds) throws Exception {
        return run(output, killAt, limitSeconds, false);
    }

    /** @param measureSteps record the length of each step (the uninterrupted run of a round) */
    Outcome run(Path output, Moment killAt, double limitSeconds, boolean measureSteps) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        cmd.add("--output=" + output);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> stepStarts = new ConcurrentHashMap<>();
        String[] lastStep = {"start-up"};
        long[] completedAt = {0};
        long[] killAtNanos = {killAt != null && killAt.line() == null ? start + killAt.millis() * 1_000_000 : Long.MAX_VALUE};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    log.add(line);
                    if (line.contains("RunSummaryListener - run")) {
                        completedAt[0] = now;
                    }
                    var m = Pattern.compile("step (\\w+) started").matcher(line);
                    if (m.find()) {
                        lastStep[0] = m.group(1);
                        stepStarts.put(m.group(1), now);
                    }
                    if (killAt != null && killAt.line() != null && killAtNanos[0] == Long.MAX_VALUE
                        && killAt.line().matcher(line).find()) {
                        double stepLength = stepSeconds.getOrDefault(killAt.step(), 0.0);
                        long delay = killAt.millis() * 1_000_000 + (long) (killAt.fraction() * stepLength * 1e9);
                        killAtNanos[0] = now + delay;
                    }
                }
            } catch (IOException e) {
                // the kill closed the stream: the lines after it do not matter
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean killed = false;
        boolean timedOut = false;
        long deadline = start + (long) (Math.min(limitSeconds, 1e6) * 1e9);
        while (process.isAlive()) {
            long now = System.nanoTime();
            if (now >= killAtNanos[0]) {
                process.destroyForcibly(); // SIGKILL on Linux
                killed = true;
                break;
            }
            if (now >= deadline) {
                process.destroyForcibly();
                timedOut = true;
                break;
            }
            process.waitFor(Math.max(1, Math.min(20, (Math.min(killAtNanos[0], deadline) - now) / 1_000_000)),
                TimeUnit.MILLISECONDS);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        reader.join(5000);
        if (killAt == null && !timedOut && exit == 0 && measureSteps) {
            recordStepLengths(stepStarts, completedAt[0] == 0 ? System.nanoTime() : completedAt[0]);
        }
        return new Outcome(exit, killed, timedOut, seconds, lastStep[0], new ArrayList<>(log));
    }

    private void recordStepLengths(Map<String, Long> starts, long end) {
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(starts.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        for (int i = 0; i < ordered.size(); i++) {
            long until = i + 1 < ordered.size() ? ordered.get(i + 1).getValue() : end;
            stepSeconds.put(ordered.get(i).getKey(), Math.round((until - ordered.get(i).getValue()) / 1e7) / 100.0);
        }
    }
}
