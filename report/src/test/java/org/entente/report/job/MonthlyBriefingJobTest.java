package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.report.EntenteApplication;
import org.entente.report.cli.RunOptions;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole job on the user's five sample articles, through Spring Batch's test support. */
@SpringBootTest(classes = EntenteApplication.class)
@SpringBatchTest
class MonthlyBriefingJobTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path OUTPUT = createOutput();
    /** The tests share one store, so each launch is a new run of the job. */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.output", OUTPUT::toString);
    }

    private static Path createOutput() {
        try {
            return Files.createTempDirectory("entente-job-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // Not returning JobExecution: @SpringBatchTest takes any such method for its job-scope factory.
    private Ran runJob(String... extra) throws Exception {
        long run = RUNS.incrementAndGet();
        String[] args = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("--input=" + SAMPLES, "--output=" + OUTPUT), java.util.Arrays.stream(extra))
            .toArray(String[]::new);
        return new Ran(jobOperatorTestUtils.startJob(RunParameters.withRun(RunOptions.parse(args), run)));
    }

    private record Ran(JobExecution execution) {
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(OUTPUT.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleArticlesGiveTheMonthlyCountsOfTheGoldAnnotation() throws Exception {
        JobExecution execution = runJob().execution();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(lines("monthly_counts.csv")).first().isEqualTo("month,contacts,meetings,shared_positions,total,planned,articles");
        assertThat(lines("monthly_counts.csv")).contains(
            "2022-02,0,1,0,1,0,0",
            "2022-06,1,0,3,4,0,1",
            "2023-03,0,1,1,2,0,0",
            "2023-06,0,1,2,3,0,1",
            "2023-09,0,3,1,4,0,1",
            "2023-10,0,0,0,0,1,0");
        assertThat(lines("monthly_counts.csv")).anyMatch(l -> l.startsWith("2022-10,2,0,"));
        assertThat(lines("monthly_counts.csv")).anyMatch(l -> l.startsWith("2023-02,0,2,3,") || l.startsWith("2023-02,0,3,3,"));
        assertThat(lines("monthly_counts.csv")).noneMatch(l -> l.startsWith("undated"));
    }

    @Test
    void everyExportHasTheContractsColumnsInOrder() throws Exception {
        runJob();

        assertThat(lines("articles.csv")).first()
            .isEqualTo("article,file,title,published,date_precision,date_source,status,reason,mentions,author,note,repeats");
        assertThat(lines("mentions.csv")).first().isEqualTo("article,sentence,type,status,date,date_precision,month,"
            + "participants_a,participants_b,direction,event_id,text");
        assertThat(lines("events.csv")).first().isEqualTo("event_id,type,status,date,date_precision,month,country_a,"
            + "country_b,participants_a,participants_b,direction,location,mentions,articles,evidence"
            + ",correction"); // added at the end, as the contract allows
        assertThat(lines("articles.csv")).hasSize(6);
    }

    @Test
    void theTwoArticlesWithoutHeaderAreDatedFromTheirText() throws Exception {
        runJob();

        assertThat(lines("articles.csv")).anyMatch(l -> l.startsWith("003_4cef1a2b3bdb8dbb,") && l.contains(",2022-06") && l.contains(",inferred,ok,"));
        assertThat(lines("articles.csv")).anyMatch(l -> l.startsWith("004_819da2d20cfd9753,") && l.contains(",2023-02") && l.contains(",inferred,ok,"));
    }

    @Test
    void theBriefingListsTheMonthsMeetingsWithTheirEvidence() throws Exception {
        runJob("--month=2023-09");

        Path pdf = OUTPUT.resolve("briefing-2023-09.pdf");
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Patrushev").contains("Lavrov").contains("Saint-Pétersbourg");
            // Page 1 as a person sees it, kept under target/ for a reviewer to open.
            java.awt.image.BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            javax.imageio.ImageIO.write(page, "png", Path.of("target/briefing-2023-09-page1.png").toFile());
        }
        try (var charts = Files.list(OUTPUT)) {
            assertThat(charts.filter(p -> p.getFileName().toString().endsWith(".png"))).isNotEmpty();
        }
    }

    @Test
    void runningTheSameMonthAgainGivesIdenticalFilesAndNoDuplicateRows() throws Exception {
        runJob();
        List<byte[]> first = List.of(bytes("articles.csv"), bytes("mentions.csv"), bytes("events.csv"), bytes("monthly_counts.csv"));
        long mentions = count("entente_mention");
        long events = count("entente_event");

        JobExecution again = runJob().execution();

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(List.of(bytes("articles.csv"), bytes("mentions.csv"), bytes("events.csv"), bytes("monthly_counts.csv")))
            .usingElementComparator(java.util.Arrays::compare).isEqualTo(first);
        assertThat(count("entente_article")).isEqualTo(5);
        assertThat(count("entente_mention")).isEqualTo(mentions);
        assertThat(count("entente_event")).isEqualTo(events);
        StepExecution analysis = again.getStepExecutions().stream()
            .filter(s -> s.getStepName().equals("analyzeStep")).findFirst().orElseThrow();
        assertThat(analysis.getReadCount()).as("unchanged articles are not analysed again").isZero();
    }

    private static byte[] bytes(String file) throws IOException {
        return Files.readAllBytes(OUTPUT.resolve(file));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
