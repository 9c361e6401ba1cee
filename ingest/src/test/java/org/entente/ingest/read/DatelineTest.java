package org.entente.ingest.read;

import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    @Test
    void wireDatelineGivesDayAndMonth() {
        Optional<Dateline> d = Dateline.parse("PEKIN/MOSCOU, 8 février (Reuters) - La Chine et la Russie ...");
        assertThat(d).contains(new Dateline(MonthDay.of(2, 8), java.util.OptionalInt.empty()));
    }

    @Test
    void datelineWithYearWeekdayAndAccentsIsRead() {
        assertThat(Dateline.parse("Pékin, mardi 1er août 2023 (AFP) — Le texte.").orElseThrow())
                .isEqualTo(new Dateline(MonthDay.of(8, 1), java.util.OptionalInt.of(2023)));
    }

    @Test
    void sentencesThatStartWithAPlaceAreNotDatelines() {
        assertThat(Dateline.parse("Moscou, 8 février est la date retenue pour la visite.")).isEmpty();
        assertThat(Dateline.parse("La Chine a annoncé le 8 février (Reuters) - un accord.")).isEmpty();
        assertThat(Dateline.parse("MOSCOU, 31 février (Reuters) - date impossible")).isEmpty();
    }

    @Test
    void onlyTheFirstParagraphsAreSearched() {
        List<String> paragraphs = List.of("Titre", "Un.", "Deux.", "MOSCOU, 8 février (Reuters) - Trop loin.");
        assertThat(Dateline.find(paragraphs)).isEmpty();
        assertThat(Dateline.find(paragraphs.subList(0, 2))).isEmpty();
        assertThat(Dateline.find(List.of("Titre", "MOSCOU, 8 février (Reuters) - Ici."))).isPresent();
    }

    @Test
    void datelineRefinesAYearHeader() {
        ArticleDate date = ArticleDating.resolve(PartialDate.parse("2022"),
                Dateline.parse("MOSCOU, 8 mars (Reuters) - x"), null);
        assertThat(date).isEqualTo(ArticleDate.of(PartialDate.parse("2022-03-08"), DateSource.DATELINE));
    }

    @Test
    void dayHeaderIsNotOverriddenByADateline() {
        ArticleDate date = ArticleDating.resolve(PartialDate.parse("2022-03-09"),
                Dateline.parse("MOSCOU, 8 mars (Reuters) - x"), null);
        assertThat(date).isEqualTo(ArticleDate.of(PartialDate.parse("2022-03-09"), DateSource.HEADER));
    }

    @Test
    void datelineWithItsOwnYearNeedsNoHeader() {
        ArticleDate date = ArticleDating.resolve(null, Dateline.parse("MOSCOU, 8 mars 2021 (Reuters) - x"), null);
        assertThat(date).isEqualTo(ArticleDate.of(PartialDate.parse("2021-03-08"), DateSource.DATELINE));
    }

    @Test
    void leapDayDatelineInACommonYearDatesNothing() {
        ArticleDate date = ArticleDating.resolve(PartialDate.parse("2023-02"),
                Dateline.parse("MOSCOU, 29 février (Reuters) - x"), null);
        assertThat(date).isEqualTo(ArticleDate.of(PartialDate.parse("2023-02"), DateSource.HEADER));
    }

    @Test
    void manifestDateIsUsedWhenNothingElseDates() {
        assertThat(ArticleDating.resolve(null, Optional.empty(), PartialDate.parse("2020-05")))
                .isEqualTo(ArticleDate.of(PartialDate.parse("2020-05"), DateSource.MANIFEST));
        assertThat(ArticleDating.resolve(null, Optional.empty(), null)).isEqualTo(ArticleDate.UNDATED);
    }
}
