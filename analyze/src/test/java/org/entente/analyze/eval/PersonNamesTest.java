package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Vladimir Poutine, Vladimir Putin",
        "Sergueï Choïgou, Sergei Shoigu",
        "Sergueï Choïgou, Sergey Shoigu",
        "Nikolaï Patrouchev, Nikolai Patrushev",
        "Andreï Roudenko, Andrey Rudenko",
        "Mikhaïl Michoustine, Mikhail Mishustin",
        "Andreï Belooussov, Andrey Belousov",
        "Sergueï Riabkov, Sergei Ryabkov",
        "Iouri Ouchakov, Yuri Ushakov",
        "Dmitri Tchernychenko, Dmitry Chernyshenko",
        "Evgueni Prigojine, Evgeny Prigozhin",
        "WANG YI, Wang Yi"
    })
    void frenchAndEnglishTransliterationsAreTheSamePerson(String french, String english) {
        assertThat(PersonNames.samePerson(french, english)).isTrue();
    }

    @Test
    void surnameAloneIsTheFullName() {
        assertThat(PersonNames.samePerson("Poutine", "Vladimir Putin")).isTrue();
        assertThat(PersonNames.samePerson("Xi Jinping", "Xi")).isTrue();
    }

    @Test
    void differentPersonsStayApart() {
        assertThat(PersonNames.samePerson("Li Qiang", "Li Shangfu")).isFalse();
        assertThat(PersonNames.samePerson("Sergueï Lavrov", "Sergueï Choïgou")).isFalse();
        assertThat(PersonNames.samePerson("Wang Yi", "Wang Wenbin")).isFalse();
    }

    @Test
    void emptyGoldSideIsCompatibleWithAnything() {
        assertThat(PersonNames.compatible(List.of(), List.of("Wei Fenghe"))).isTrue();
    }

    @Test
    void sidesAreCompatibleWhenOneContainsTheOther() {
        List<String> gold = List.of("Qin Gang", "Ma Zhaoxu");

        assertThat(PersonNames.compatible(gold, List.of("Qin Gang"))).isTrue();
        assertThat(PersonNames.compatible(List.of("Qin Gang"), gold)).isTrue();
        assertThat(PersonNames.compatible(gold, List.of("Qin Gang", "Wang Yi"))).isFalse();
    }
}
