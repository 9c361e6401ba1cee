package org.entente.analyze.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {

    private static boolean finds(String phrase, String text) {
        Pattern p = PhrasePattern.compile(phrase, Map.of(), false);
        return p.matcher(Folding.fold(text)).find();
    }

    @Test
    void starMatchesAnyInflection() {
        assertThat(finds("rencontr*", "Il a rencontré son homologue")).isTrue();
        assertThat(finds("rencontr*", "Ils se rencontreront demain")).isTrue();
    }

    @Test
    void wordsMatchWholeOnly() {
        assertThat(finds("va", "Il avance vite")).isFalse();
    }

    @Test
    void gapAllowsUpToFourWordsBetween() {
        assertThat(finds("invitation ... visiter", "l'invitation du président chinois à visiter Pékin")).isTrue();
        assertThat(finds("invitation ... visiter", "l'invitation lancée il y a bien longtemps par lui à visiter")).isFalse();
    }

    @Test
    void elisionMatchesWithOrWithoutSpace() {
        assertThat(finds("s'est rendu*", "Il s’est rendue à Moscou")).isTrue();
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(finds("visioconférence", "par VISIOCONFERENCE")).isTrue();
    }

    @Test
    void aWordInsideAHyphenatedWordIsNotMatched() {
        assertThat(finds("ministres", "les vice-ministres russes")).isFalse();
    }

    @Test
    void placeholderTakesTheGivenExpression() {
        Pattern p = PhrasePattern.compile("ministre {C} de la Défense", Map.of("C", "chinois|russe"), false);

        assertThat(p.matcher("le ministre russe de la Defense").find()).isTrue();
    }
}
