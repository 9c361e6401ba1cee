package org.entente.analyze.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.entente.analyze.Dyad;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static final ActorDictionary BUILT_IN = ActorDictionary.load(List.of());

    private static String holderOn(String country, String office, String day) {
        LocalDate d = LocalDate.parse(day);
        return BUILT_IN.holder(country, office, d, d).map(Person::name).orElse("nobody");
    }

    @Test
    void chineseForeignMinisterChangesWithTheDate() {
        assertThat(holderOn("CHN", "foreign_minister", "2022-10-15")).isEqualTo("Wang Yi");
        assertThat(holderOn("CHN", "foreign_minister", "2023-05-10")).isEqualTo("Qin Gang");
        assertThat(holderOn("CHN", "foreign_minister", "2023-09-01")).isEqualTo("Wang Yi");
    }

    @Test
    void russianDefenceMinisterIsShoiguUntilMay2024ThenBelousov() {
        assertThat(holderOn("RUS", "defence_minister", "2023-04-16")).isEqualTo("Sergueï Choïgou");
        assertThat(holderOn("RUS", "defence_minister", "2024-06-01")).isEqualTo("Andreï Belooussov");
    }

    @Test
    void securityCouncilSecretaryIsPatrushevThenShoigu() {
        assertThat(holderOn("RUS", "security_council_secretary", "2023-02-21")).isEqualTo("Nikolai Patrushev");
        assertThat(holderOn("RUS", "security_council_secretary", "2024-11-18")).isEqualTo("Sergueï Choïgou");
    }

    @Test
    void russianPrimeMinisterIsMedvedevBeforeMishustin() {
        assertThat(holderOn("RUS", "head_of_government", "2019-06-01")).isEqualTo("Dmitri Medvedev");
        assertThat(holderOn("RUS", "head_of_government", "2021-06-01")).isEqualTo("Mikhaïl Michoustine");
    }

    @Test
    void anOfficeHeldBySeveralAtOnceNamesNobody() {
        assertThat(holderOn("RUS", "deputy_foreign_minister", "2023-06-25")).isEqualTo("nobody");
    }

    @Test
    void atAHandoverTheMonthGoesToWhoeverHeldTheOfficeLongest() {
        LocalDate start = LocalDate.of(2022, 12, 1);
        LocalDate end = LocalDate.of(2022, 12, 31);

        assertThat(BUILT_IN.holder("CHN", "foreign_minister", start, end)).map(Person::name).contains("Wang Yi");
    }

    @Test
    void malformedLineIsReportedWithFileLineAndReason() {
        assertThatThrownBy(() -> ActorDictionary.parse("country | CHN | Chine\nterm | Nobody | foreign_minister | 2020-01-01\n", "mine.txt"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("mine.txt, line 2")
            .hasMessageContaining("no 'person' line declares Nobody");
    }

    @Test
    void badDateIsReportedWithTheLine() {
        assertThatThrownBy(() -> ActorDictionary.parse("person | FRA | Jean Dupont\nterm | Jean Dupont | foreign_minister | 2020-13-01\n", "mine.txt"))
            .hasMessageContaining("line 2")
            .hasMessageContaining("2020-13-01");
    }

    @Test
    void unknownLineKindIsRejected() {
        assertThatThrownBy(() -> ActorDictionary.parse("capitale | FRA | Paris\n", "fr.txt"))
            .hasMessageContaining("fr.txt, line 1")
            .hasMessageContaining("unknown line kind 'capitale'");
    }

    @Test
    void aDyadTheDictionaryDoesNotKnowIsRefusedWithAHint() {
        assertThatThrownBy(() -> BUILT_IN.finderFor(new Dyad("FRA", "DEU")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("FRA");
    }
}
