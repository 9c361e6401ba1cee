package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.report.EntenteApplication;
import org.entente.report.cli.RunOptions;
import org.entente.report.run.MonthlyRunLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same job on a real PostgreSQL server: Flyway creates every table there too, and the
 * counts and re-run guarantees hold. .ci/run starts the server and sets the variable.
 */
@SpringBootTest(classes = EntenteApplication.class)
@EnabledIfEnvironmentVariable(named = "ENTENTE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
    disabledReason = "no PostgreSQL server: run .ci/postgres.sh and set ENTENTE_TEST_POSTGRES_URL to its output to run this test")
class PostgresJobTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path OUTPUT = temp();

    @Autowired
    MonthlyRunLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("entente.output", OUTPUT::toString);
        registry.add("spring.datasource.url", () -> System.getenv("ENTENTE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> "entente");
        registry.add("spring.datasource.password", () -> "entente");
    }

    @Test
    void theSampleArticlesGiveTheSameCountsOnPostgresqlAndReRunsAddNoRow() throws Exception {
        RunOptions options = RunOptions.parse("--input=" + SAMPLES, "--output=" + OUTPUT);

        assertThat(launcher.run(options).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> counts = Files.readAllLines(OUTPUT.resolve("monthly_counts.csv"), StandardCharsets.UTF_8);
        byte[] events = Files.readAllBytes(OUTPUT.resolve("events.csv"));
        long mentions = jdbc.sql("select count(*) from entente_mention").query(Long.class).single();

        assertThat(launcher.run(options).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(counts).contains("2022-06,1,0,3,4,0,1", "2023-09,0,3,1,4,0,1");
        assertThat(Files.readAllBytes(OUTPUT.resolve("events.csv"))).isEqualTo(events);
        assertThat(jdbc.sql("select count(*) from entente_article").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from entente_mention").query(Long.class).single()).isEqualTo(mentions);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("entente-postgres");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
