package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.InputFolder;
import org.entente.report.EntenteApplication;
import org.entente.report.cli.RunOptions;
import org.entente.report.run.MonthlyRunLauncher;
import org.entente.report.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A file the file system will not give and an article the analysis fails on are skipped by their
 * steps: the run completes, both are listed as rejected with their reason, and the other articles
 * are counted as usual.
 */
@SpringBootTest(classes = {EntenteApplication.class, SkippedFilesTest.Failures.class},
    properties = "spring.main.allow-bean-definition-overriding=true")
class SkippedFilesTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path OUTPUT = temp("entente-skips");
    static final String UNREADABLE = "001_5487023a91da2442.txt";
    static final String FAILING = "003_4cef1a2b3bdb8dbb";

    @Autowired
    MonthlyRunLauncher launcher;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.output", OUTPUT::toString);
    }

    @TestConfiguration
    static class Failures {
        /** The file system fails on one file, as a disk or a network share can. */
        @Bean
        @Primary
        @StepScope
        ReadAheadFileReader readAheadFileReader(InputFolder inputFolder, ThreadPoolTaskExecutor workerThreads) {
            return new ReadAheadFileReader(inputFolder::files, file -> {
                if (file.equals(UNREADABLE)) {
                    throw new UncheckedIOException(new IOException("Input/output error"));
                }
                return inputFolder.read(file);
            }, workerThreads, 4);
        }

        /** The analysis fails on one article, as a bug would. */
        @Bean
        @Primary
        @StepScope
        ArticleAnalysisProcessor articleAnalysisProcessor(ArticleAnalyzer articleAnalyzer) {
            return new ArticleAnalysisProcessor(articleAnalyzer) {
                @Override
                public AnalyzedArticle process(StoredArticle item) {
                    if (item.article().id().equals(FAILING)) {
                        throw new ArticleAnalysisException(item.article().id(), new IllegalStateException("simulated bug"));
                    }
                    return super.process(item);
                }
            };
        }
    }

    @Test
    void anUnreadableFileAndAFailedAnalysisAreSkippedListedAsRejectedAndTheRunCompletes() throws Exception {
        JobExecution run = launcher.run(RunOptions.parse("--input=" + SAMPLES, "--output=" + OUTPUT));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(run, "ingestStep").getReadSkipCount()).isEqualTo(1);
        assertThat(step(run, "ingestStep").getWriteCount()).isEqualTo(4);
        assertThat(step(run, "analyzeStep").getProcessSkipCount()).isEqualTo(1);
        assertThat(step(run, "analyzeStep").getWriteCount()).isEqualTo(3);

        List<String> articles = Files.readAllLines(OUTPUT.resolve("articles.csv"));
        assertThat(articles).hasSize(6);
        assertThat(articles).filteredOn(line -> line.startsWith("001_"))
            .singleElement().asString().contains("rejected", "unreadable", "Input/output error");
        assertThat(articles).filteredOn(line -> line.startsWith(FAILING))
            .singleElement().asString().contains("rejected", "the analysis failed on this article", "simulated bug");
        assertThat(Files.readString(OUTPUT.resolve("mentions.csv"))).doesNotContain("001_5487023a91da2442", FAILING);
        assertThat(Files.readString(OUTPUT.resolve("mentions.csv"))).contains("000_755ecba71ee1621f", "002_0e4a482b4cf2cd64");
    }

    private static StepExecution step(JobExecution run, String name) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
