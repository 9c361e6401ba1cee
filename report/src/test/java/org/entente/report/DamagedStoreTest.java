package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be opened stops the run with a way out, --rebuild, which moves it aside and rebuilds. */
class DamagedStoreTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    @Test
    void aTruncatedStoreStopsTheRunNamingRebuildWhichMovesItAsideAndGivesTheSameOutputs() throws Exception {
        Path output = dir.resolve("out");
        String[] args = {"--input=" + EntenteApplicationTest.SAMPLES, "--output=" + output};
        assertThat(EntenteApplication.run(args)).isZero();
        byte[] events = Files.readAllBytes(output.resolve("events.csv"));
        Path database = output.resolve(".entente/entente.db");
        byte[] whole = Files.readAllBytes(database);
        Files.write(database, java.util.Arrays.copyOf(whole, 1000)); // a truncated copy, as a full disk or a bad copy leaves

        int damaged = EntenteApplication.run(args);

        assertThat(damaged).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is damaged", "--rebuild", database.getParent().toString());
        assertThat(Files.size(database)).as("nothing touched the damaged file").isEqualTo(1000);

        int rebuilt = EntenteApplication.run(new String[] {args[0], args[1], "--rebuild"});

        assertThat(rebuilt).isZero();
        assertThat(output.resolve("events.csv")).hasBinaryContent(events);
        try (Stream<Path> aside = Files.list(database.getParent())) {
            Path folder = aside.filter(p -> p.getFileName().toString().startsWith("set-aside-")).findFirst().orElseThrow();
            assertThat(folder.resolve("entente.db")).as("the damaged file is kept, not deleted").hasSize(1000);
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedAsDamaged() throws Exception {
        Path output = dir.resolve("out");
        Files.createDirectories(output.resolve(".entente"));
        Files.writeString(output.resolve(".entente/entente.db"), "x".repeat(5000));

        int code = EntenteApplication.run(new String[] {"--input=" + EntenteApplicationTest.SAMPLES, "--output=" + output});

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is damaged", "--rebuild");
    }

    @Test
    void rebuildIsRefusedForAServerDatabaseBeforeAnythingStarts() {
        int code = EntenteApplication.run(new String[] {"--input=" + EntenteApplicationTest.SAMPLES,
            "--output=" + dir.resolve("out"), "--rebuild", "--spring.datasource.url=jdbc:postgresql://localhost/entente"});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--rebuild", "recreate that database yourself");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
