package org.entente.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    private static final String HEADLINE = "Pékin et Moscou promettent de renforcer leur coordination";

    @Test
    void aPhotoCaptionWithItsCreditIsNotTheHeadline() {
        assertThat(Headlines.choose(List.of("Les deux présidents à Pékin, le 4 février 2022. (Photo : Pool / AFP)", HEADLINE)))
            .isEqualTo(HEADLINE);
    }

    @Test
    void aBylineIsNotTheHeadline() {
        assertThat(Headlines.choose(List.of("Par Jeanne Martin, correspondante à Pékin", HEADLINE))).isEqualTo(HEADLINE);
        assertThat(Headlines.choose(List.of("Publié le 12/03/2024 à 08h15", HEADLINE))).isEqualTo(HEADLINE);
    }

    @Test
    void anAdvertisingMarkerOrASectionNameIsNotTheHeadline() {
        assertThat(Headlines.choose(List.of("Publicité", "International", HEADLINE))).isEqualTo(HEADLINE);
    }

    @Test
    void thePagesAddressIsNotTheHeadline() {
        assertThat(Headlines.choose(List.of("https://exemple.invalid/monde/2024/05/16/article.html", HEADLINE))).isEqualTo(HEADLINE);
    }

    @Test
    void theFirstLineStaysTheTitleWhenNoLineLooksLikeAHeadline() {
        assertThat(Headlines.choose(List.of("Monde", "Publicité"))).isEqualTo("Monde");
    }

    @Test
    void anAddressAfterTheDateHeaderIsTheArticlesUrlNotItsHeadline() {
        ReadResult read = TxtFormat.read(" date 2025-04 https://exemple.invalid/2025/04/01/article.html\n\n" + HEADLINE
            + "\n\nLe chef de la diplomatie chinoise est arrivé à Moscou.");
        ArticleDraft draft = read.entries().get(0).draft();
        assertThat(draft.url()).isEqualTo("https://exemple.invalid/2025/04/01/article.html");
        assertThat(draft.paragraphs().get(0)).isEqualTo(HEADLINE);
    }
}
