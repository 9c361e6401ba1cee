package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.report.EntenteApplication;
import org.entente.report.cli.RunOptions;
import org.entente.report.run.MonthlyRunLauncher;
import org.entente.report.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run whose analysis step dies part-way is finished by running the same command again, and its
 * outputs are then byte-identical to those of a run that never failed.
 */
@SpringBootTest(classes = {EntenteApplication.class, RestartAfterFailureTest.FailOnce.class},
    properties = {"spring.main.allow-bean-definition-overriding=true", "entente.analysis-threads=1", "entente.analysis-chunk=2"})
class RestartAfterFailureTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path OUTPUT = temp("entente-restart");
    static final AtomicInteger analysed = new AtomicInteger();

    @Autowired
    MonthlyRunLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.output", OUTPUT::toString);
    }

    /** Replaces the analysis processor with one that crashes on the third article, once. */
    @TestConfiguration
    static class FailOnce {
        @Bean
        @Primary
        @StepScope
        ArticleAnalysisProcessor articleAnalysisProcessor(ArticleAnalyzer articleAnalyzer) {
            return new ArticleAnalysisProcessor(articleAnalyzer) {
                @Override
                public AnalyzedArticle process(StoredArticle item) {
                    if (analysed.incrementAndGet() == 3) {
                        throw new IllegalStateException("simulated crash in the middle of the analysis");
                    }
                    return super.process(item);
                }
            };
        }
    }

    @Test
    void aRunThatFailedInTheAnalysisIsFinishedByTheSameCommandWithIdenticalOutputs() throws Exception {
        RunOptions options = RunOptions.parse("--input=" + SAMPLES, "--output=" + OUTPUT);

        JobExecution failed = launcher.run(options);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.sql("select count(*) from entente_article where analyzed_key is not null").query(Integer.class).single())
            .as("some articles were analysed before the crash").isBetween(1, 4);

        JobExecution restarted = launcher.run(options);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).as("the same run, restarted")
            .isEqualTo(failed.getJobInstance().getInstanceId());

        Path reference = temp("entente-uninterrupted");
        assertThat(EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--output=" + reference})).isZero();
        for (String file : List.of("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv")) {
            assertThat(Files.readAllBytes(OUTPUT.resolve(file))).as(file).isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
        assertThat(jdbc.sql("select count(*) from entente_article").query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from (select article_id, seq from entente_mention group by article_id, seq having count(*) > 1) d")
            .query(Integer.class).single()).isZero();
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
