package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of the kill-and-restart torture test (the full one, 30 kill points on the real jar, is
 * bench's KillRestartTorture): the application runs in a child JVM, is killed with SIGKILL when its log says
 * the analysis or the report has started, and the same command run again must complete and write the four
 * CSV files byte for byte as an uninterrupted run did.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a safety net for a run that never ends, not a measurement
class KillAndRestartTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final List<String> CSV = List.of("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv");

    @TempDir
    static Path work;

    private static Path input;
    private static Path uninterrupted;

    /** 300 articles (the samples, each retold 60 times under another id), so that the analysis lasts a while. */
    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path sample : samples.sorted().toList()) {
                String text = Files.readString(sample, StandardCharsets.UTF_8);
                for (int copy = 0; copy < 60; copy++) {
                    Files.writeString(input.resolve(copy + "_" + sample.getFileName()),
                        text + "\n\nCopie " + copy + ".\n", StandardCharsets.UTF_8);
                }
            }
        }
        uninterrupted = work.resolve("uninterrupted");
        Outcome run = run(uninterrupted, null);
        assertThat(run.exitCode()).as(String.join("\n", run.log())).isZero();
    }

    @Test
    void killedInTheAnalysisAndAgainInItsRestartTheRunCompletesWithTheSameCsvFiles() throws Exception {
        Path output = work.resolve("analysis");
        assertThat(run(output, "step analyzeStep started").killed()).as("killed in the analysis").isTrue();
        assertThat(run(output, "step analyzeStep started").killed()).as("its restart killed in the analysis").isTrue();

        Outcome restart = run(output, null);

        assertThat(restart.exitCode()).as(String.join("\n", restart.log())).isZero();
        assertSameCsv(output);
    }

    @Test
    void killedWhileWritingTheReportTheRunCompletesWithTheSameCsvFiles() throws Exception {
        Path output = work.resolve("report");
        assertThat(run(output, "step reportStep started").killed()).isTrue();

        Outcome restart = run(output, null);

        assertThat(restart.exitCode()).as(String.join("\n", restart.log())).isZero();
        assertSameCsv(output);
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static void assertSameCsv(Path output) throws IOException {
        for (String name : CSV) {
            assertThat(Files.mismatch(uninterrupted.resolve(name), output.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    record Outcome(int exitCode, boolean killed, List<String> log) {
    }

    /** Runs the application in a child JVM; kills it with SIGKILL as soon as a log line contains killOn. */
    private static Outcome run(Path output, String killOn) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
            "-cp", System.getProperty("java.class.path"), EntenteApplication.class.getName(),
            "--input=" + input, "--output=" + output, "--entente.analysis-chunk=5");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> log = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.add(line);
                if (killOn != null && line.contains(killOn)) {
                    process.destroyForcibly(); // SIGKILL; it also closes the stream this loop reads
                    killed = true;
                    break;
                }
            }
        } catch (IOException e) {
            if (!killed) {
                throw e;
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the run did not end:\n" + String.join("\n", log));
        }
        return new Outcome(process.exitValue(), killed, log);
    }
}
