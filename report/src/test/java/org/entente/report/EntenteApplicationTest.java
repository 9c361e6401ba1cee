package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.report.run.StoreLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes and the one-line messages. */
class EntenteApplicationTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();
    static final Path MIXED = Path.of("src/test/resources/mixed").toAbsolutePath();

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

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadOptionStopsTheRunWithExitCodeTwoAndSaysWhatIsAllowed() {
        int code = EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--month=sept"});

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("--month=sept").contains("YYYY-MM");
    }

    @Test
    void helpListsTheOptionsAndSucceeds() {
        assertThat(EntenteApplication.run(new String[] {"--help"})).isZero();
    }

    @Test
    void aRunOnTheSamplesWritesEveryExportAndTheBriefing() throws Exception {
        Path output = dir.resolve("out");

        int code = EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--output=" + output});

        assertThat(code).isZero();
        assertThat(output.resolve("articles.csv")).exists();
        assertThat(output.resolve("mentions.csv")).exists();
        assertThat(output.resolve("events.csv")).exists();
        assertThat(output.resolve("monthly_counts.csv")).exists();
        assertThat(output.resolve("briefing-2023-09.pdf")).as("default month: the latest month with articles").exists();
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anArticleWithNoDateAnywhereStillGivesItsUndatedEvent() throws Exception {
        Path input = Files.createDirectory(dir.resolve("undated"));
        Files.writeString(input.resolve("sans-date.txt"), "Rencontre au Kremlin\n\n"
            + "Le président chinois Xi Jinping a rencontré Vladimir Poutine au Kremlin pour parler de commerce.\n");
        Files.writeString(input.resolve("datee.txt"), " date 2024-05-16\n\nXi Jinping a reçu Vladimir Poutine à Pékin jeudi.\n");
        Path output = dir.resolve("out");

        int code = EntenteApplication.run(new String[] {"--input=" + input, "--output=" + output});

        assertThat(code).as(errors()).isZero();
        assertThat(Files.readAllLines(output.resolve("mentions.csv"))).anyMatch(l -> l.contains("sans-date") || l.contains(",meeting,occurred,,"));
        assertThat(Files.readAllLines(output.resolve("events.csv"))).hasSize(3);
    }

    @Test
    void analystCorrectionsAreAppliedOnEveryRunAndMarkedInEventsCsv() throws Exception {
        Path input = Files.createDirectory(dir.resolve("articles"));
        try (var samples = Files.list(SAMPLES)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, input.resolve(sample.getFileName()));
            }
        }
        Path output = dir.resolve("out");
        assertThat(EntenteApplication.run(new String[] {"--input=" + input, "--output=" + output})).isZero();
        String shoiguCall = Files.readAllLines(output.resolve("events.csv")).stream()
            .filter(l -> l.contains("Choïgou") && l.contains(",contact,")).findFirst().orElseThrow().split(",")[0];
        Files.writeString(input.resolve("corrections.csv"), """
            action,event_id,type,status,date,participants_a,participants_b,direction,evidence,comment
            drop,%s,,,,,,,,"a list of counterparts, not a call to China"
            add,,meeting,occurred,2023-09-20,Wang Yi,Sergueï Lavrov,,"Wang Yi a revu Sergueï Lavrov à New York.",seen in a wire the collection lacks
            """.formatted(shoiguCall));

        assertThat(EntenteApplication.run(new String[] {"--input=" + input, "--output=" + output})).isZero();
        assertThat(EntenteApplication.run(new String[] {"--input=" + input, "--output=" + output})).isZero();

        List<String> events = Files.readAllLines(output.resolve("events.csv"));
        assertThat(events).filteredOn(l -> l.startsWith(shoiguCall)).singleElement().asString()
            .endsWith("\"dropped: a list of counterparts, not a call to China\"");
        assertThat(events).filteredOn(l -> l.endsWith("added: seen in a wire the collection lacks")).hasSize(1);
        List<String> counts = Files.readAllLines(output.resolve("monthly_counts.csv"));
        assertThat(counts).anyMatch(l -> l.startsWith("2022-10,1,")).anyMatch(l -> l.startsWith("2023-09,0,4,"));
        assertThat(articlesCsv(output)).as("corrections.csv is not an article").noneMatch(l -> l.contains("corrections"));
    }

    @Test
    void aMalformedCorrectionsFileStopsTheRunBeforeItStarts() throws Exception {
        Path input = Files.createDirectory(dir.resolve("bad"));
        Files.writeString(input.resolve("corrections.csv"),
            "action,event_id,type,status,date,participants_a,participants_b,direction,evidence,comment\nerase,E1,,,,,,,,x\n");

        assertThat(EntenteApplication.run(new String[] {"--input=" + input, "--output=" + dir.resolve("out")})).isEqualTo(2);
        assertThat(errors()).contains("corrections.csv line 2");
    }

    private static List<String> articlesCsv(Path output) throws java.io.IOException {
        return Files.readAllLines(output.resolve("articles.csv"));
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path output = dir.resolve("busy");
        try (StoreLock held = StoreLock.acquire(output.resolve(".entente"))) {
            int code = EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--output=" + output});

            assertThat(code).isEqualTo(1);
            assertThat(errors()).contains("another entente run is using");
        }
    }

    @Test
    void aFolderWithNoArticleFailsTheRunWithAClearMessage() throws Exception {
        Path input = Files.createDirectory(dir.resolve("empty"));

        int code = EntenteApplication.run(new String[] {"--input=" + input, "--output=" + dir.resolve("out")});

        assertThat(code).isEqualTo(1);
        assertThat(errors()).contains("holds no article files");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedEndsWithWhatFailedWhyAndWhatToDo() throws Exception {
        // a file where a folder on the output path should be: the refusal a root user meets too
        Path blocker = Files.writeString(dir.resolve("briefings"), "not a folder");

        int code = EntenteApplication.run(new String[] {"--input=" + SAMPLES, "--output=" + blocker.resolve("out")});

        assertThat(code).isEqualTo(1);
        assertThat(errors()).contains("entente: cannot create the folder ")
            .contains("a file of that name is in the way").contains("give --output a folder, not a file");
    }

    @Test
    void aMixedFolderListsBylinesNotesAndRepeatedStoriesWithFormulasShownAsText() throws Exception {
        // three outlets with one wire story (two .txt files and a feed item), another story, a feed item titled like
        // a formula, and a spreadsheet list whose second row has a date cell that is no date
        Path output = dir.resolve("out");

        int code = EntenteApplication.run(new String[] {"--input=" + MIXED, "--output=" + output, "--csv-flavour=excel-fr"});

        assertThat(code).isZero();
        String csv = Files.readString(output.resolve("articles.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow())
            .endsWith("status;reason;mentions;author;note;repeats");
        assertThat(csv).contains("\r\nfigaro-wang-yi;figaro-wang-yi.txt;Poutine reçoit Wang Yi au Kremlin;2025-03-12;day;header;ok;;")
            .contains(";;depeche-afp\r\nfil-1;");
        assertThat(row(csv, "fil-1")).contains(";redaction@example.invalid (Marie Durand);;depeche-afp");
        assertThat(row(csv, "depeche-afp")).endsWith(";;;");
        assertThat(row(csv, "exercices-navals")).endsWith(";;;");
        assertThat(row(csv, "fil-2")).startsWith("fil-2;fil.rss;\"'=HYPERLINK(\"\"http://example.invalid/x\"\",\"\"clic\"\")\";");
        assertThat(row(csv, "liste-2")).contains(";Jean Dupont;;");
        assertThat(row(csv, "liste-3")).contains(";undated;")
            .endsWith(";\"row 3: the date 'la semaine dernière' is not a date (write it as 2025-09-02 or 02/09/2025);"
                + " kept undated\";");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                output.resolve("briefing-2025-03.pdf").toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
                .contains("March 2025: 6 article(s) published, telling 4 distinct story(ies)");
        }
    }

    private static String row(String csv, String article) {
        return csv.lines().filter(l -> l.startsWith(article + ";")).findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + article));
    }
}
