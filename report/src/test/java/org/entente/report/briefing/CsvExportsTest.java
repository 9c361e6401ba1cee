package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.MonthlyCount;
import org.entente.report.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportsTest {

    @TempDir
    Path dir;

    private final List<Event> events = withAwkwardEvent(BriefingFixtures.events());
    private final List<ArticleSummary> articles = BriefingFixtures.articles();
    private final List<MonthlyCount> counts = BriefingFixtures.counts(events, articles);

    @Test
    void writesTheFourFilesWithTheContractColumnsInOrder() throws IOException {
        List<Path> files = CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        assertThat(files).extracting(p -> p.getFileName().toString())
            .containsExactly("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv");
        assertThat(firstLine(files.get(0)))
            .isEqualTo("article,file,title,published,date_precision,date_source,status,reason,mentions,author,note,repeats");
        assertThat(firstLine(files.get(1))).isEqualTo("article,sentence,type,status,date,date_precision,month,"
            + "participants_a,participants_b,direction,event_id,text");
        assertThat(firstLine(files.get(2))).isEqualTo("event_id,type,status,date,date_precision,month,country_a,"
            + "country_b,participants_a,participants_b,direction,location,mentions,articles,evidence,correction");
        assertThat(firstLine(files.get(3))).isEqualTo("month,contacts,meetings,shared_positions,total,planned,articles");
    }

    @Test
    void evidenceWithQuotesCommasLineBreaksAndGuillemetsSurvivesARoundTrip() throws IOException {
        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        List<CSVRecord> eventRows = read(dir.resolve("events.csv"), ',');
        assertThat(eventRows).filteredOn(r -> r.get("event_id").equals("e-awkward"))
            .singleElement()
            .satisfies(r -> assertThat(r.get("evidence")).isEqualTo(BriefingFixtures.AWKWARD_EVIDENCE));
        assertThat(eventRows).extracting(r -> r.get("evidence")).contains(BriefingFixtures.SUPPORT_EVIDENCE);
        List<CSVRecord> mentionRows = read(dir.resolve("mentions.csv"), ',');
        assertThat(mentionRows).extracting(r -> r.get("text"))
            .contains(BriefingFixtures.AWKWARD_EVIDENCE, BriefingFixtures.MEETING_EVIDENCE);
        assertThat(read(dir.resolve("articles.csv"), ',')).extracting(r -> r.get("title"))
            .contains("Pékin qualifie la mutinerie d’« affaire intérieure » russe");
    }

    @Test
    void fieldsFollowTheContractSpelling() throws IOException {
        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        CSVRecord meeting = row(read(dir.resolve("events.csv"), ','), "event_id", "e-rencontre-juin");
        assertThat(meeting.get("type")).isEqualTo("meeting");
        assertThat(meeting.get("status")).isEqualTo("occurred");
        assertThat(meeting.get("date")).isEqualTo("2023-06-25");
        assertThat(meeting.get("date_precision")).isEqualTo("day");
        assertThat(meeting.get("month")).isEqualTo("2023-06");
        assertThat(meeting.get("participants_a")).isEqualTo("Ma Zhaoxu;Qin Gang");
        assertThat(meeting.get("direction")).isEmpty();
        assertThat(meeting.get("mentions")).isEqualTo("2");
        assertThat(meeting.get("articles")).isEqualTo("a01_mutinerie;a02_depeche");

        CSVRecord support = row(read(dir.resolve("events.csv"), ','), "event_id", "e-soutien-juin");
        assertThat(support.get("date_precision")).isEqualTo("month");
        assertThat(support.get("direction")).isEqualTo("a_to_b");
        assertThat(support.get("participants_a")).isEmpty();

        CSVRecord undated = row(read(dir.resolve("articles.csv"), ','), "article", "a05_sans_date");
        assertThat(undated.get("published")).isEmpty();
        assertThat(undated.get("date_precision")).isEqualTo("none");
        assertThat(undated.get("date_source")).isEqualTo("none");
        assertThat(undated.get("status")).isEqualTo("undated");
        assertThat(undated.get("reason")).isNotEmpty();
        CSVRecord dateline = row(read(dir.resolve("articles.csv"), ','), "article", "a02_depeche");
        assertThat(dateline.get("date_source")).isEqualTo("dateline");

        CSVRecord mention = row(read(dir.resolve("mentions.csv"), ','), "text", BriefingFixtures.MEETING_EVIDENCE);
        assertThat(mention.get("event_id")).isEqualTo("e-rencontre-juin");
        assertThat(mention.get("sentence")).isEqualTo("2");

        CSVRecord june = row(read(dir.resolve("monthly_counts.csv"), ','), "month", "2023-06");
        assertThat(june.get("total")).isEqualTo("4"); // three fixture events and the awkward one
    }

    @Test
    void rowsAreSortedWhateverTheInputOrder() throws IOException {
        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        assertThat(read(dir.resolve("articles.csv"), ',')).extracting(r -> r.get("article")).isSorted();
        List<String> eventIds = read(dir.resolve("events.csv"), ',').stream().map(r -> r.get("event_id")).toList();
        assertThat(eventIds.get(0)).isEqualTo("e-samarcande");
        assertThat(eventIds.get(eventIds.size() - 1)).isEqualTo("e-sans-date");
        List<String> dates = read(dir.resolve("events.csv"), ',').stream().map(r -> r.get("date"))
            .filter(d -> !d.isEmpty()).toList();
        assertThat(dates).isSorted();
        List<CSVRecord> mentions = read(dir.resolve("mentions.csv"), ',');
        assertThat(mentions).extracting(r -> r.get("article") + "#" + String.format("%03d", Integer.parseInt(r.get("sentence"))))
            .isSorted();
    }

    @Test
    void sameInputInAnyOrderGivesByteIdenticalFiles() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        List<Event> shuffledEvents = new ArrayList<>(events);
        List<ArticleSummary> shuffledArticles = new ArrayList<>(articles);
        Collections.shuffle(shuffledEvents, new Random(7));
        Collections.shuffle(shuffledArticles, new Random(7));

        CsvExports.write(first, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);
        CsvExports.write(second, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, shuffledArticles, shuffledEvents, counts);

        for (String name : List.of("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv")) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void excelFrenchFlavourWritesByteOrderMarkSemicolonsAndCrlf() throws IOException {
        CsvExports.write(dir, CsvFlavour.EXCEL_FR, Dyad.CHINA_RUSSIA, articles, events, counts);

        byte[] bytes = Files.readAllBytes(dir.resolve("events.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("event_id;type;status;date;date_precision;month;country_a;country_b;");
        assertThat(text.split("\r\n", 2)[0]).doesNotContain(",");
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        List<CSVRecord> rows = read(dir.resolve("events.csv"), ';');
        assertThat(row(rows, "event_id", "e-awkward").get("evidence")).isEqualTo(BriefingFixtures.AWKWARD_EVIDENCE);
        assertThat(row(rows, "event_id", "e-rencontre-juin").get("location")).isEqualTo("Pékin");
    }

    @Test
    void defaultFlavourHasNoByteOrderMarkAndEndsRecordsWithCrlf() throws IOException {
        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        byte[] bytes = Files.readAllBytes(dir.resolve("monthly_counts.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'm');
        assertThat(new String(bytes, StandardCharsets.UTF_8))
            .startsWith("month,contacts,meetings,shared_positions,total,planned,articles\r\n2022-07,")
            .endsWith("undated,0,1,0,1,0,0\r\n");
    }

    @Test
    void leavesNoTemporaryFileAndReplacesAnOlderExport() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "stale");

        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, articles, events, counts);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv");
        }
        assertThat(Files.readString(dir.resolve("events.csv"))).startsWith("event_id,");
    }

    @Test
    void flavourParsingAcceptsBothNamesAndListsThemOnError() {
        assertThat(CsvFlavour.parse("rfc4180")).isEqualTo(CsvFlavour.RFC4180);
        assertThat(CsvFlavour.parse(" Excel-FR ")).isEqualTo(CsvFlavour.EXCEL_FR);
        assertThatThrownBy(() -> CsvFlavour.parse("excel"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rfc4180, excel-fr");
    }

    /** Cells a spreadsheet would run as formulas, one per character that starts one (OWASP CSV injection). */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid/x\",\"clic\")",
        "+33 1 23 45 67 89", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTab=1+1", "\r=1+1");

    @Test
    void spreadsheetFlavourShowsEveryFormulaLikeCellAsTextInEveryFile() throws IOException {
        List<ArticleSummary> risky = new ArrayList<>(articles);
        for (int i = 0; i < FORMULAS.size(); i++) {
            risky.add(new ArticleSummary("z" + i, "z" + i + ".rss", FORMULAS.get(i), org.entente.ingest.ArticleDate.UNDATED,
                org.entente.ingest.FileStatus.UNDATED, "", 1));
        }
        List<Event> riskyEvents = new ArrayList<>(events);
        riskyEvents.add(BriefingFixtures.event("e-formula", EventType.CONTACT, EventStatus.OCCURRED,
            BriefingFixtures.day(2023, 6, 20), null, List.of("Qin Gang"), List.of("Andrey Rudenko"), "",
            BriefingFixtures.mention("z3", 1, "@SUM(1+1) Qin Gang a appelé Andreï Roudenko.")));

        CsvExports.write(dir, CsvFlavour.EXCEL_FR, Dyad.CHINA_RUSSIA, risky, riskyEvents, counts);

        List<CSVRecord> rows = read(dir.resolve("articles.csv"), ';');
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(row(rows, "article", "z" + i).get("title")).isEqualTo("'" + FORMULAS.get(i));
        }
        assertThat(row(rows, "article", "a01_mutinerie").get("title")).doesNotStartWith("'");
        assertThat(row(read(dir.resolve("events.csv"), ';'), "event_id", "e-formula").get("evidence"))
            .isEqualTo("'@SUM(1+1) Qin Gang a appelé Andreï Roudenko.");
        assertThat(row(read(dir.resolve("mentions.csv"), ';'), "article", "z3").get("text"))
            .isEqualTo("'@SUM(1+1) Qin Gang a appelé Andreï Roudenko.");
        for (String name : List.of("articles.csv", "mentions.csv", "events.csv", "monthly_counts.csv")) {
            for (CSVRecord record : read(dir.resolve(name), ';')) {
                for (String cell : record) {
                    assertThat(cell).as(name).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
    }

    @Test
    void defaultFlavourKeepsFormulaLikeCellsExactly() throws IOException {
        List<ArticleSummary> risky = new ArrayList<>(articles);
        for (int i = 0; i < FORMULAS.size(); i++) {
            risky.add(new ArticleSummary("z" + i, "z" + i + ".rss", FORMULAS.get(i), org.entente.ingest.ArticleDate.UNDATED,
                org.entente.ingest.FileStatus.UNDATED, "", 0));
        }

        CsvExports.write(dir, CsvFlavour.RFC4180, Dyad.CHINA_RUSSIA, risky, events, counts);

        List<CSVRecord> rows = read(dir.resolve("articles.csv"), ',');
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(row(rows, "article", "z" + i).get("title")).isEqualTo(FORMULAS.get(i));
        }
    }

    private static List<Event> withAwkwardEvent(List<Event> events) {
        List<Event> all = new ArrayList<>(events);
        all.add(BriefingFixtures.event("e-awkward", EventType.SHARED_POSITION, EventStatus.OCCURRED,
            BriefingFixtures.day(2023, 6, 25), org.entente.analyze.Direction.JOINT, List.of("Qin Gang"),
            List.of("Andrey Rudenko"), "", BriefingFixtures.mention("a02_depeche", 6, BriefingFixtures.AWKWARD_EVIDENCE)));
        return all;
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readString(file).split("\r\n", 2)[0];
    }

    private static List<CSVRecord> read(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).setHeader()
            .setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
            .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }
}
