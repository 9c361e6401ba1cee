package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.entente.analyze.Dyad;
import org.junit.jupiter.api.Test;

class BriefingOptionsTest {

    @Test
    void defaultsAreChinaRussiaInEnglishOverTwoYearsGeneratedToday() {
        LocalDate before = LocalDate.now();
        BriefingOptions options = BriefingOptions.builder().month(YearMonth.of(2023, 6)).get();

        assertThat(options.month()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(options.dyad()).isEqualTo(new Dyad("CHN", "RUS"));
        assertThat(options.language()).isEqualTo(Language.EN);
        assertThat(options.chartWindowMonths()).isEqualTo(24);
        assertThat(options.generatedOn()).isBetween(before, LocalDate.now());
    }

    @Test
    void everyOptionCanBeSet() {
        BriefingOptions options = BriefingOptions.builder().month(YearMonth.of(2024, 1)).dyad(Dyad.parse("USA,CHN"))
            .language(Language.FR).chartWindowMonths(120).generatedOn(LocalDate.of(2024, 2, 3)).get();

        assertThat(options.dyad().sideA()).isEqualTo("USA");
        assertThat(options.language()).isEqualTo(Language.FR);
        assertThat(options.chartWindowMonths()).isEqualTo(120);
        assertThat(options.generatedOn()).isEqualTo(LocalDate.of(2024, 2, 3));
    }

    @Test
    void chartWindowOutsideOneToHundredTwentyMonthsIsRejected() {
        assertThat(BriefingOptions.builder().month(YearMonth.of(2023, 6)).chartWindowMonths(1).get().chartWindowMonths())
            .isEqualTo(1);
        assertThatThrownBy(() -> BriefingOptions.builder().chartWindowMonths(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 120");
        assertThatThrownBy(() -> BriefingOptions.builder().chartWindowMonths(121))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportMonthIsRequired() {
        assertThatThrownBy(() -> BriefingOptions.builder().language(Language.FR).get())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("report month");
        assertThatThrownBy(() -> BriefingOptions.builder().month(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void languageParsesEitherCaseAndListsTheAllowedValues() {
        assertThat(Language.parse("fr")).isEqualTo(Language.FR);
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("de"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en, fr");
        assertThatThrownBy(() -> Language.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
