package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.analyze.extract.Fixture;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleAnalyzerTest {

    @TempDir
    Path dir;

    private static Article article(String text) {
        return new Article("a", "a.txt", "", text, ArticleDate.of(PartialDate.parse("2024-02"), DateSource.HEADER), "", "", "0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "???", "\u0000\u0001", "« »", "M. M. M.", "Xi Xi Xi Xi", "-- , ; : ( ) \" '"})
    void oddTextGivesNoMentionAndNoError(String text) {
        ArticleAnalysis analysis = Fixture.ANALYZER.analyze(article(text));

        assertThat(analysis.mentions()).isEmpty();
    }

    @Test
    void veryLongSentenceIsAnalysedWithoutError() {
        String text = "Xi Jinping a rencontré Vladimir Poutine " + "et encore ".repeat(5000) + ".";

        assertThat(Fixture.ANALYZER.analyze(article(text)).mentions()).isNotEmpty();
    }

    @Test
    void sentenceCountIncludesTheHeadline() {
        ArticleAnalysis analysis = Fixture.ANALYZER.analyze(article("Un titre\n\nUne phrase. Une autre phrase."));

        assertThat(analysis.sentences()).isEqualTo(3);
    }

    @Test
    void publishedDateIsTheArticlesOwn() {
        assertThat(Fixture.ANALYZER.analyze(article("Un titre")).published().date()).hasToString("2024-02");
    }

    @Test
    void malformedUserLexiconNamesFileAndLine() throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "contact | coup de fil\nrencontre | tête à tête\n");
        AnalysisOptions options = AnalysisOptions.builder().addLexicon(file).get();

        assertThatThrownBy(() -> ArticleAnalyzer.create(options))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("mine.txt, line 2")
            .hasMessageContaining("unknown category 'rencontre'");
    }

    @Test
    void userLexiconAddsATrigger() throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "contact | coup* de fil\n");
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.builder().addLexicon(file).get());

        List<Mention> mentions = analyzer.analyze(article("Xi Jinping a passé un coup de fil à Vladimir Poutine.")).mentions();

        assertThat(mentions).singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void anotherDyadRunsFromAUserDictionary() throws Exception {
        Path file = dir.resolve("fra-deu.txt");
        Files.writeString(file, String.join("\n",
            "country | FRA | France", "capital | FRA | Paris", "demonym | FRA | français ; française",
            "country | DEU | Allemagne", "capital | DEU | Berlin", "demonym | DEU | allemand ; allemande",
            "person | FRA | Emmanuel Macron | Macron", "term | Emmanuel Macron | head_of_state | 2017-05-14 |",
            "person | DEU | Olaf Scholz | Scholz", "term | Olaf Scholz | head_of_government | 2021-12-08 | 2025-05-06", ""));
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.builder()
            .dyad(new Dyad("FRA", "DEU")).addDictionary(file).get());

        List<Mention> mentions = analyzer.analyze(article("Emmanuel Macron a reçu Olaf Scholz à Paris mardi.")).mentions();

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.participantsA()).containsExactly("Emmanuel Macron");
            assertThat(m.participantsB()).containsExactly("Olaf Scholz");
        });
    }

    @Test
    void analysisGivesTheSameResultOnManyThreads() throws Exception {
        Article a = article("Wang Yi a rencontré Sergueï Lavrov à Pékin mardi.\n\nLes deux parties ont réaffirmé leur confiance mutuelle.");
        List<Mention> expected = Fixture.ANALYZER.analyze(a).mentions();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Mention>>> jobs = java.util.Collections.nCopies(40, () -> Fixture.ANALYZER.analyze(a).mentions());
            for (Future<List<Mention>> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
