package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCalendarTest {

    @Test
    void builtInCalendarLoadsItsEntries() {
        assertThat(ReferenceCalendar.standard().size()).isGreaterThan(10);
    }

    @Test
    void entryMatchesWhenEveryGroupOfTermsAppearsAsWholeWords() {
        ReferenceCalendar calendar = ReferenceCalendar.parse(List.of(
            "# a comment",
            "2001-07-16 | event | Treaty | traité + amitié/bon voisinage"), "test");
        assertThat(calendar.find(FrenchText.fold("pour le 20e anniversaire du traité d'amitié sino-russe")))
            .singleElement()
            .satisfies(a -> assertThat(a.date()).hasToString("2021-07-16"));
        assertThat(calendar.find(FrenchText.fold("pour le 20e anniversaire du traité de paix"))).isEmpty();
        assertThat(calendar.find(FrenchText.fold("pour le 20e anniversaire du traitement amical"))).isEmpty();
    }

    @Test
    void earliestNamedEntryWinsWhenTwoMatch() {
        ReferenceCalendar calendar = ReferenceCalendar.parse(List.of(
            "1953-06-15 | birthday | Xi | xi",
            "1952-10-07 | birthday | Putin | poutine"), "test");
        assertThat(calendar.find(FrenchText.fold("le 70e anniversaire de Poutine et de Xi")))
            .singleElement()
            .satisfies(a -> assertThat(a.label()).isEqualTo("Putin"));
    }

    @Test
    void birthdaysAreNotDatedByABareMention() {
        ReferenceCalendar calendar = ReferenceCalendar.parse(List.of("1953-06-15 | birthday | Xi | xi"), "test");
        assertThat(calendar.find(FrenchText.fold("lors de la visite de Xi"))).isEmpty();
    }

    @Test
    void malformedLineIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> ReferenceCalendar.parse(List.of("", "2022-02-24 | event | no terms"), "cal.txt"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cal.txt line 2");
        assertThatThrownBy(() -> ReferenceCalendar.parse(List.of("2022 | event | x | y"), "cal.txt"))
            .hasMessageContaining("month");
        assertThatThrownBy(() -> ReferenceCalendar.parse(List.of("2022-02-24 | war | x | y"), "cal.txt"))
            .hasMessageContaining("line 1");
    }

    @Test
    void aVisitForTheGamesIsDatedByTheGames() {
        assertThat(ReferenceCalendar.standard().find("vladimir poutine, recu en grande pompe a pekin pour les jeux olympiques d'hiver"))
            .extracting(ReferenceCalendar.Anchor::date).containsExactly(org.entente.ingest.PartialDate.parse("2022-02-04"));
    }
}
