package org.entente.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.entente.report.EntenteApplication;
import org.entente.report.cli.RunOptions;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scheduled run briefs the month just ended, once; --rerun runs it again. */
@SpringBootTest(classes = EntenteApplication.class)
class MonthlyScheduleTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path OUTPUT = temp();
    /** A tick on 1 October 2023 at 06:00: the month just ended is September. */
    static final Clock FIRST_OF_OCTOBER = Clock.fixed(Instant.parse("2023-10-01T06:00:00Z"), ZoneOffset.UTC);

    @Autowired
    MonthlyRunLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.output", OUTPUT::toString);
    }

    private MonthlySchedule schedule(String... extra) {
        String[] args = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("--input=" + SAMPLES, "--output=" + OUTPUT, "--schedule"),
            java.util.Arrays.stream(extra)).toArray(String[]::new);
        return new MonthlySchedule(launcher, jobRepository, RunOptions.parse(args), FIRST_OF_OCTOBER);
    }

    @Test
    void aTickBriefsTheMonthJustEndedThenSkipsItUnlessRerunIsGiven() throws Exception {
        var first = schedule().runForMonthJustEnded();
        assertThat(first).hasValueSatisfying(e -> assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertThat(OUTPUT.resolve("briefing-2023-09.pdf")).exists();

        assertThat(schedule().runForMonthJustEnded()).as("September already completed").isEmpty();

        var again = schedule("--rerun").runForMonthJustEnded();
        assertThat(again).hasValueSatisfying(e -> assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED));
    }

    @Test
    void scheduleOptionsAreCheckedBeforeAnythingStarts() {
        assertThat(EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--schedule", "--cron=every month"})).isEqualTo(2);
        assertThat(EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--schedule", "--month=2023-09"})).isEqualTo(2);
        assertThat(EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--rerun"})).isEqualTo(2);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("entente-schedule");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
