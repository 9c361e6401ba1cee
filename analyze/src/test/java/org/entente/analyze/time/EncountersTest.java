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

    private static final Encounters SUMMITS = Encounters.parse(List.of(
        "2023-07-13 | 2023-07-14 | ministers in Jakarta | lavrov + wang + jakarta/asean",
        "2025-07-12 | 2025-07-15 | Lavrov in China      | lavrov + pekin/tianjin",
        "2025-08-31 | 2025-09-03 | Putin in China       | poutine + pekin + tianjin/defile"), "test");

    @Test
    void anEncounterNamedWithAllItsGroupsWinsOverOneNamedOnlyByWhoAndWhere() {
        // "lavrov" and "wang" also name the Jakarta meeting of 2023, but only the Beijing stay is named whole
        assertThat(SUMMITS.yearOf(7, 13, 0, "lavrov a retrouve wang yi a pekin")).hasToString("2025-07-13");
    }

    @Test
    void aDayOfTheMonthNeedsOnlyWhoAndWhereWhenNoEncounterIsNamedWhole() {
        assertThat(SUMMITS.yearOf(9, 2, 2, "poutine s'est entretenu avec xi a pekin")).hasToString("2025-09-02");
    }

    @Test
    void aBareWeekdayNeedsEveryGroup() {
        assertThat(SUMMITS.dayOf(2, "poutine s'est entretenu mardi avec xi a pekin")).isNull();
        assertThat(SUMMITS.dayOf(2, "poutine s'est entretenu mardi avec xi a pekin avant le defile")).hasToString("2025-09-02");
    }

    @Test
    void aWeekdayToldWithItsChannelFindsTheOneCallItCanBe() {
        // Xi and Putin spoke on a Friday three times; only once by video
        assertThat(Encounters.standard().dayOf(5, "lors d'une visioconference vendredi, vladimir poutine a invite xi jinping"))
            .hasToString("2022-12-30");
        assertThat(Encounters.standard().dayOf(5, "vendredi, vladimir poutine s'est entretenu avec xi jinping")).isNull();
    }

    @Test
    void aVicePresidentsVisitToAForumDatesItsDay() {
        assertThat(Encounters.standard().yearOf(9, 4, 3, "le vice-president chinois han zheng a rencontre poutine a vladivostok"))
            .hasToString("2024-09-04");
    }
}
