package org.entente.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's five sample articles, as they were handed over. */
class UserSamplesTest {

    private static Map<String, Article> articles;

    @BeforeAll
    static void readSamples() throws URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(UserSamplesTest.class.getResource("/samples")).toURI());
        InputFolder folder = Folders.open(dir);
        articles = new LinkedHashMap<>();
        DuplicateTracker tracker = new DuplicateTracker();
        for (String file : folder.files()) {
            for (IngestedFile result : folder.read(file)) {
                IngestedFile checked = tracker.check(result);
                assertThat(checked.isRejected()).as(file + ": " + checked.reason()).isFalse();
                articles.put(checked.id(), checked.article());
            }
        }
    }

    @Test
    void everySampleIsOneArticleIdentifiedByItsFileName() {
        assertThat(articles.keySet()).containsExactly("000_755ecba71ee1621f", "001_5487023a91da2442",
                "002_0e4a482b4cf2cd64", "003_4cef1a2b3bdb8dbb", "004_819da2d20cfd9753");
        assertThat(articles.get("002_0e4a482b4cf2cd64").file()).isEqualTo("002_0e4a482b4cf2cd64.txt");
    }

    @Test
    void headerGivesTheMonthAndIsRemovedFromTitleAndText() {
        Article a = articles.get("000_755ecba71ee1621f");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-06"), DateSource.HEADER));
        assertThat(a.title()).isEqualTo("Le président chinois Xi Jinping et le président russe Vladimir Poutine.");
        assertThat(a.text()).startsWith(a.title() + "\n\nLa Chine a qualifié dimanche").doesNotContain("date 2023");
        assertThat(paragraphs(a)).hasSize(8);
        assertThat(a.text()).endsWith("arrêteraient leur avance vers la capitale.");
    }

    @Test
    void photoCreditAfterTheHeaderIsDroppedAndTheCaptionBecomesTheHeadline() {
        Article a = articles.get("001_5487023a91da2442");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2023-09"));
        assertThat(a.published().source()).isEqualTo(DateSource.HEADER);
        assertThat(a.title()).isEqualTo("Le président russe Vladimir Poutine (à gauche) et le président chinois "
                + "Xi Jinping posent pour une photo lors de leur rencontre à Pékin, le 4 février 2022.");
        assertThat(a.text()).doesNotContain("Getty").doesNotContain("Druzhinin").startsWith(a.title());
        assertThat(paragraphs(a)).hasSize(16);
    }

    @Test
    void runsOfBlankLinesCollapseToOneParagraphBreak() {
        Article a = articles.get("002_0e4a482b4cf2cd64");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2022-10"));
        assertThat(a.title()).isEqualTo("Les ministres des Affaires étrangères de Moscou et de Pékin se sont "
                + "entretenus par téléphone sur la possibilité de faire passer leur alliance au niveau supérieur");
        assertThat(a.text()).doesNotContain("\n\n\n")
                .contains("de l’Occident.\n\nLe ministre russe de la Défense, Sergueï Choïgou");
        assertThat(paragraphs(a)).hasSize(8);
    }

    @Test
    void sharePromptAndTrailingSourceLineLeaveTheTextAndTheSourceIsKept() {
        Article a = articles.get("003_4cef1a2b3bdb8dbb");
        assertThat(a.published()).isEqualTo(ArticleDate.UNDATED);
        assertThat(a.title()).isEqualTo("Les dirigeants chinois et russe se parlent par téléphone et s’accordent "
                + "sur la nécessité d’un soutien mutuel sur les questions de sécurité");
        assertThat(a.source()).isEqualTo("www.rt.com");
        assertThat(a.text()).doesNotContain("Vous pouvez partager").doesNotContain("La source")
                .endsWith("qu’elle qualifie de “partenaire stratégique.”");
        // one paragraph per line in this file, which has no blank lines
        assertThat(paragraphs(a)).hasSize(10);
    }

    @Test
    void trailingTrackingTagIsDroppedAndTheUndatedArticleIsKept() {
        Article a = articles.get("004_819da2d20cfd9753");
        assertThat(a.published().isDated()).isFalse();
        assertThat(a.title()).isEqualTo("La Russie et la Chine s’engagent à renforcer leurs relations malgré la "
                + "“pression” internationale");
        assertThat(a.text()).doesNotContain("ttn-fr-56")
                .endsWith("n’a pas parlé au président ukrainien Volodymyr Zelenskyy depuis l’invasion.");
        assertThat(paragraphs(a)).hasSize(14);
    }

    @Test
    void contentHashIsTheSha256OfTheMatchingFormOfTheText() throws Exception {
        Article a = articles.get("000_755ecba71ee1621f");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(MatchingText.normalize(a.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.contentHash()).isEqualTo(java.util.HexFormat.of().formatHex(digest)).hasSize(64);
        assertThat(articles.values().stream().map(Article::contentHash).distinct()).hasSize(5);
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.text().split("\n\n"));
    }
}
