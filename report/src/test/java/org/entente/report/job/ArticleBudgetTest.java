package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.report.store.StoredArticle;
import org.junit.jupiter.api.Test;

/** The time budget per article: an article past it is stopped and rejected with that reason; others pass. */
class ArticleBudgetTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create(AnalysisOptions.defaults());

    private static StoredArticle article(String text) {
        return new StoredArticle(new Article("a1", "a1.txt", "titre", text, ArticleDate.UNDATED, "", "", "h"), "key");
    }

    @Test
    void anArticleWhoseAnalysisRunsPastTheBudgetIsStoppedWithAReasonNamingTheOption() {
        // one line of 150,000 news words and no sentence end: seconds of analysis, far past a 50 ms budget
        String words = IntStream.range(0, 150_000).mapToObj(i -> switch (i % 6) {
            case 0 -> "Poutine";
            case 1 -> "a rencontré";
            case 2 -> "Xi Jinping";
            case 3 -> "lundi";
            case 4 -> "entretien téléphonique";
            default -> "mars";
        }).collect(Collectors.joining(" "));
        var processor = new ArticleAnalysisProcessor(ANALYZER, Duration.ofMillis(50));

        assertThatThrownBy(() -> processor.process(article(words)))
            .isInstanceOfSatisfying(ArticleOverBudgetException.class, e -> assertThat(e.reason())
                .contains("budget", "--entente.article-budget-seconds", "the run went on without it"));
    }

    @Test
    void anOrdinaryArticleWithinTheBudgetIsAnalysed() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/samples/000_755ecba71ee1621f.txt"));
        var processor = new ArticleAnalysisProcessor(ANALYZER, Duration.ofSeconds(60));

        assertThat(processor.process(article(text)).analysis().mentions()).isNotEmpty();
    }
}
