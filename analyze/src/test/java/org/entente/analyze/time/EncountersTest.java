package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncountersTest {

    private static final Encounters TWO_VISITS = Encounters.parse(List.of(
        "# two visits to Moscow in March, and one call",
        "2023-03-20 | 2023-03-22 | Xi in Moscow       | xi/president chinois + moscou/kremlin",
        "2019-06-05 | 2019-06-07 | Xi in Moscow, 2019 | xi/president chinois + moscou/kremlin",
        "2024-03-21 | 2024-03-21 | Lavrov in Beijing  | lavrov + pekin"), "test");

    @Test
    void builtInListLoads() {
        assertThat(Encounters.standard().yearOf(3, 20, 1, "le president chinois xi jinping se rend a moscou")).hasToString("2023-03-20");
    }

    @Test
    void aDayInsideAnEncounterTakesItsYearWhenTheWindowNamesIt() {
        assertThat(TWO_VISITS.yearOf(3, 21, 0, "xi jinping a ete recu au kremlin")).hasToString("2023-03-21");
    }

    @Test
    void aDayTwoDaysBeforeAnEncounterStillTakesItsYear() {
        assertThat(TWO_VISITS.yearOf(3, 18, 0, "xi jinping est attendu a moscou")).hasToString("2023-03-18");
    }

    @Test
    void aDayOutsideEveryEncounterTakesNoYear() {
        assertThat(TWO_VISITS.yearOf(3, 10, 0, "xi jinping a moscou")).isNull();
    }

    @Test
    void aWindowThatDoesNotNameTheEncounterGivesNoYear() {
        assertThat(TWO_VISITS.yearOf(3, 21, 0, "le premier ministre indien a moscou")).isNull();
    }

    @Test
    void twoEncountersOfDifferentYearsOnTheDayGiveNoYear() {
        assertThat(TWO_VISITS.yearOf(3, 21, 0, "xi a moscou puis lavrov a pekin")).isNull();
    }

    @Test
    void aWeekdayThatDoesNotFitTheYearGivesNoYear() {
        // 21 March 2023 was a Tuesday
        assertThat(TWO_VISITS.yearOf(3, 21, 2, "xi a moscou")).hasToString("2023-03-21");
        assertThat(TWO_VISITS.yearOf(3, 21, 4, "xi a moscou")).isNull();
    }

    @Test
    void aLineWhoseLastDayIsBeforeItsFirstIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> Encounters.parse(List.of("2023-03-22 | 2023-03-20 | Xi | xi"), "mine.txt"))
            .hasMessageContaining("mine.txt line 1");
        assertThatThrownBy(() -> Encounters.parse(List.of("2023-03 | 2023-03-20 | Xi | xi"), "mine.txt"))
            .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aWeekdayFoundOnOneDayOfTheEncountersTheSentenceNamesGivesThatDay() {
        // 2023-03-20..22 is Monday to Wednesday, 2019-06-05..07 Wednesday to Friday
        assertThat(TWO_VISITS.dayOf(2, "xi jinping a ete recu mardi au kremlin")).hasToString("2023-03-21");
    }

    @Test
    void aWeekdayFoundOnDaysOfTwoEncountersGivesNoDay() {
        assertThat(TWO_VISITS.dayOf(3, "xi jinping a ete recu mercredi au kremlin")).isNull();
    }

    @Test
    void aWeekdayGetsNoSlackAroundTheEncounter() {
        // Sunday 19 March 2023 is the eve of the visit, not a day of it
        assertThat(TWO_VISITS.dayOf(7, "xi jinping est arrive dimanche a moscou")).isNull();
    }
}
