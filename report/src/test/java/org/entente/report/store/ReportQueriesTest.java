package org.entente.report.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.MonthlyCount;
import org.entente.analyze.merge.MonthlyCounter;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.FileStatus;
import org.entente.report.ArticleSummary;
import org.entente.report.EntenteApplication;
import org.entente.report.briefing.BriefingInputs;
import org.entente.report.briefing.BriefingOptions;
import org.entente.report.briefing.ChartTally;
import org.entente.report.briefing.CsvExports;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;
import org.entente.report.briefing.TalliedExports;
import org.entente.report.job.ReportMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report's store queries against the list-based code they replace, on a random corpus: the same CSV bytes,
 * the same briefing inputs, counts and report month.
 */
@SpringBootTest(classes = EntenteApplication.class)
class ReportQueriesTest {

    static final Path STORE = createStore();
    static final long RUN = 7;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleStore articles;
    @Autowired
    MentionStore mentions;
    @Autowired
    EventStore events;
    @Autowired
    StreamedExports exports;
    @Autowired
    BriefingQueries briefing;
    @Autowired
    StoryStore stories;

    @TempDir
    Path dir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.output", STORE::toString);
    }

    private static Path createStore() {
        try {
            return Files.createTempDirectory("entente-report-queries");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void fill() {
        new RandomStore(42, jdbc, mentions, events).fill(400, RUN);
    }

    private List<Event> all() {
        return events.all(mentions.byEvent());
    }

    private List<Event> kept() {
        return all().stream().filter(e -> !e.isDropped()).toList();
    }

    private List<ArticleDate> published(List<ArticleSummary> summaries) {
        return summaries.stream().filter(a -> a.status() != FileStatus.REJECTED).map(ArticleSummary::published).toList();
    }

    @ParameterizedTest
    @EnumSource(CsvFlavour.class)
    void streamedExportsHaveTheBytesOfTheListBasedExport(CsvFlavour flavour) throws IOException {
        List<ArticleSummary> summaries = articles.summaries();
        List<MonthlyCount> counts = MonthlyCounter.count(kept(), published(summaries));

        List<Path> fromLists = CsvExports.write(dir.resolve("lists"), flavour, Dyad.CHINA_RUSSIA, summaries, all(), counts);
        // the streamed export tallies its own counts from the rows, which must come to the same file
        TalliedExports tallied = new TalliedExports(exports);
        List<Path> streamed = CsvExports.write(dir.resolve("streamed"), flavour, Dyad.CHINA_RUSSIA, tallied,
            tallied::monthlyCounts);

        assertThat(Files.readAllLines(fromLists.get(1))).hasSizeGreaterThan(500);
        for (int i = 0; i < fromLists.size(); i++) {
            assertThat(Files.readAllBytes(streamed.get(i))).as(streamed.get(i).getFileName().toString())
                .isEqualTo(Files.readAllBytes(fromLists.get(i)));
        }
    }

    /** The tallies of the streamed rows, as the report step gathers them while writing the exports. */
    private TalliedExports tallied() throws IOException {
        TalliedExports tallied = new TalliedExports(exports);
        tallied.articles(a -> { });
        tallied.events(e -> { });
        return tallied;
    }

    @Test
    void talliedRowsGiveTheMonthlyCountsAndReportMonthOfTheFullLists() throws IOException {
        List<ArticleSummary> summaries = articles.summaries();
        TalliedExports tallied = tallied();

        assertThat(tallied.monthlyCounts()).isEqualTo(MonthlyCounter.count(kept(), published(summaries)));
        assertThat(ReportMonth.choose("latest", tallied.articleTally().published(), tallied.eventTally().kept()))
            .isEqualTo(ReportMonth.choose("latest", published(summaries), kept()));
        assertThat(tallied.eventTally().kept()).hasSameSizeAs(kept());
        assertThat(tallied.articleTally().published()).hasSameSizeAs(published(summaries));
        assertThat(tallied.articleTally().read()).isEqualTo(summaries.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-01", "2023-06", "2024-12", "2030-01"})
    void briefingInputsFromTheStoreAreThoseTheListsGive(String month) throws IOException {
        YearMonth reportMonth = YearMonth.parse(month);

        BriefingInputs stored = briefing.briefingInputs(reportMonth, tallied().articleTally());

        assertThat(stored).isEqualTo(BriefingInputs.of(reportMonth, kept(), articles.summaries()));
    }

    @Test
    void briefingInputsHoldOnlyTheMonthsEventsAndTheHeadsOfTheLongLists() throws IOException {
        YearMonth june = YearMonth.of(2023, 6);

        BriefingInputs stored = briefing.briefingInputs(june, tallied().articleTally());

        assertThat(stored.monthEvents()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
            assertThat(e.date().yearMonth()).contains(june);
            assertThat(e.isDropped()).isFalse();
        });
        assertThat(stored.monthEvents()).anySatisfy(e -> assertThat(e.mentions()).isNotEmpty());
        assertThat(stored.plannedAhead().first()).hasSize(40)
            .allMatch(e -> !e.date().yearMonth().orElseThrow().isBefore(june));
        assertThat(stored.plannedAhead().total()).isGreaterThan(40);
        assertThat(stored.eventsWithoutMonth().first()).hasSize(40);
        assertThat(stored.eventsWithoutMonth().total()).isGreaterThan(40);
        assertThat(stored.undatedArticles().total()).isGreaterThan(40);
        assertThat(stored.undatedArticles().first()).hasSize(40);
        assertThat(stored.rejectedArticles().first()).extracting(ArticleSummary::status).containsOnly(FileStatus.REJECTED);
        assertThat(stored.articlesRead()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 24})
    void chartTallyFromTheStoreIsTheOneOfTheKeptEvents(int windowMonths) throws IOException {
        BriefingOptions options = BriefingOptions.builder().month(YearMonth.of(2023, 9)).dyad(Dyad.CHINA_RUSSIA)
            .language(Language.EN).chartWindowMonths(windowMonths).generatedOn(LocalDate.of(2024, 1, 1)).get();

        ChartTally stored = briefing.chartTally(options);

        assertThat(stored).isEqualTo(ChartTally.of(options, kept()));
    }

    @Test
    void theRunChecksCountTheRunsFilesAndRemoveOnlyArticlesOfOtherRuns() {
        assertThat(articles.removeNotSeenIn(RUN)).isZero();
        ArticleStore.RunCounts counts = articles.countsOf(RUN);
        assertThat(counts.files()).isEqualTo(400);
        assertThat(counts.rejected()).isEqualTo(jdbc.sql("select count(*) from entente_article where reason <> ''")
            .query(Integer.class).single()).isPositive();

        String gone = jdbc.sql("select min(article_id) from entente_article a where exists "
            + "(select 1 from entente_mention m where m.article_id = a.article_id)").query(String.class).single();
        jdbc.sql("update entente_article set seen_run = ? where article_id = ?").params(RUN - 1, gone).update();

        assertThat(articles.removeNotSeenIn(RUN)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from entente_mention where article_id = ?").param(gone)
            .query(Integer.class).single()).isZero();
        assertThat(articles.countsOf(RUN).files()).isEqualTo(399);
        List<String> left = new ArrayList<>(jdbc.sql("select article_id from entente_article").query(String.class).list());
        assertThat(left).doesNotContain(gone).hasSize(399);
    }

    @Test
    void theStoreKeepsBylinesAndNotesAndMarksTheArticlesThatRepeatAStoryOfTheirMonth() throws IOException {
        // the first one by date is the story's first article, whatever the ids say
        articles.saveAll(List.of(
            stored("zz-afp", org.entente.report.stories.RepeatedStoriesTest.WIRE_AFP, 10, "Agence France-Presse", ""),
            stored("zz-a-figaro", org.entente.report.stories.RepeatedStoriesTest.WIRE_FIGARO, 11, "", ""),
            stored("zz-ouest", org.entente.report.stories.RepeatedStoriesTest.WIRE_OUEST, 12, "Marie Durand",
                "row 3: the date 'hier' is not a date; dated by its dateline"),
            stored("zz-navals", org.entente.report.stories.RepeatedStoriesTest.OTHER, 10, "", "")), RUN, "fp");

        stories.markRepeats();

        java.util.Map<String, ArticleSummary> rows = new java.util.HashMap<>();
        articles.summaries().stream().filter(a -> a.article().startsWith("zz-")).forEach(a -> rows.put(a.article(), a));
        assertThat(rows.get("zz-afp").repeats()).isEmpty();
        assertThat(rows.get("zz-afp").author()).isEqualTo("Agence France-Presse");
        assertThat(rows.get("zz-a-figaro").repeats()).isEqualTo("zz-afp");
        assertThat(rows.get("zz-ouest").repeats()).isEqualTo("zz-afp");
        assertThat(rows.get("zz-ouest").note()).isEqualTo("row 3: the date 'hier' is not a date; dated by its dateline");
        assertThat(rows.get("zz-navals").repeats()).isEmpty();

        // a story that no longer has a copy loses its marks on the next report
        articles.markRejected("zz-afp", "removed by hand");
        stories.markRepeats();
        assertThat(articles.summaries().stream().filter(a -> a.article().startsWith("zz-"))
            .map(a -> a.article() + "=" + a.repeats()).toList())
            .containsExactly("zz-a-figaro=", "zz-afp=", "zz-navals=", "zz-ouest=zz-a-figaro");
    }

    @Test
    void repeatedStoriesAreFoundFromTheSketchesIngestStoredAndFromTheTextOfAnArticleStoredWithoutOne() throws IOException {
        articles.saveAll(List.of(
            storedIn(2032, "yy-afp", org.entente.report.stories.RepeatedStoriesTest.WIRE_AFP, 10),
            storedIn(2032, "yy-figaro", org.entente.report.stories.RepeatedStoriesTest.WIRE_FIGARO, 11),
            storedIn(2032, "yy-ouest", org.entente.report.stories.RepeatedStoriesTest.WIRE_OUEST, 12),
            storedIn(2032, "yy-navals", org.entente.report.stories.RepeatedStoriesTest.OTHER, 10)), RUN, "fp");
        // a text changed behind the store's back: its stored sketch still tells the wire story, and is what counts
        jdbc.sql("update entente_article set body = ? where article_id = 'yy-figaro'")
            .param(org.entente.report.stories.RepeatedStoriesTest.OTHER).update();
        // a row written before the sketches existed (migration V7)
        jdbc.sql("update entente_article set story_sketch = null where article_id = 'yy-ouest'").update();

        stories.markRepeats();

        assertThat(articles.summaries().stream().filter(a -> a.article().startsWith("yy-"))
            .map(a -> a.article() + "=" + a.repeats()).toList())
            .containsExactly("yy-afp=", "yy-figaro=yy-afp", "yy-navals=", "yy-ouest=yy-afp");
    }

    /** An article of May of the given year, whose hash differs from the same text's in other tests. */
    private static org.entente.ingest.IngestedFile storedIn(int year, String id, String text, int day) {
        org.entente.ingest.Article article = new org.entente.ingest.Article(id, id + ".txt", id, text,
            ArticleDate.of(new org.entente.ingest.PartialDate(year, 5, day), org.entente.ingest.DateSource.HEADER), "",
            "", org.entente.ingest.Sha256.hex(id + text), "");
        return org.entente.ingest.IngestedFile.accepted(article);
    }

    private static org.entente.ingest.IngestedFile stored(String id, String text, int day, String author, String note) {
        org.entente.ingest.Article article = new org.entente.ingest.Article(id, id + ".txt", id, text,
            ArticleDate.of(new org.entente.ingest.PartialDate(2031, 5, day), org.entente.ingest.DateSource.HEADER), "",
            "", org.entente.ingest.Sha256.hex(text), author);
        return org.entente.ingest.IngestedFile.acceptedWithNote(article, note);
    }
}
