package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class WeekdayYearTest {

    @Test
    void aWeekdayWithDayAndMonthGivesTheOnlyYearOfTheWindowItFits() {
        // 21 March fell on a Tuesday in 2023 (and in 2017 and 2028, outside the window)
        assertThat(WeekdayYear.of(DayOfWeek.TUESDAY, 3, 21)).isEqualTo(PartialDate.parse("2023-03-21"));
    }

    @Test
    void twoYearsOfTheWindowFittingGiveNoDate() {
        // 9 May was a Thursday in 2019 and in 2024
        assertThat(WeekdayYear.of(DayOfWeek.THURSDAY, 5, 9)).isNull();
    }

    @Test
    void anUndatedArticleTakesItsDateFromAWeekdayAndDay() {
        ArticleDating dating = ArticleDating.standard();
        assertThat(dating.infer("Mardi 21 mars, Xi Jinping a été reçu au Kremlin par Vladimir Poutine."))
            .isEqualTo(PartialDate.parse("2023-03-21"));
    }

    @Test
    void anUndatedArticleAboutASummitNamedWithItsCityTakesTheSummitsMonth() {
        assertThat(ArticleDating.standard().infer("Les dirigeants de plusieurs pays rejoindront Xi et Poutine à Samarcande "
            + "pour un sommet de deux jours de l'Organisation de coopération de Shanghai."))
            .isEqualTo(PartialDate.parse("2022-09"));
    }

    @Test
    void aDatelineWithTheMonthFirstDatesTheArticle() {
        assertThat(ArticleDating.standard().infer("VIENTIANE Juillet 26. 2024 (Agence) – La Russie a appelé la Chine à agir."))
            .isEqualTo(PartialDate.parse("2024-07-26"));
    }
}
