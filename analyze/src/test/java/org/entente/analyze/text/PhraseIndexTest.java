package org.entente.analyze.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static final Map<String, String> SLOTS = Map.of("PAYS", "chinois|russe");

    /** Phrases sharing frequent first words, elisions, wildcards, gaps and placeholders. */
    private static final List<String> PHRASES = List.of(
        "rencontre officielle", "a rencontr*", "rencontr*", "a reçu", "rencontres", "a rencontre", "rencontre officielle et", "rencontres bilatérales", "a eu un entretien", "a ... entretenu*", "se sont rencontr*", "se sont entretenus",
        "s'est rendu*", "s'est entretenu avec", "l'accord", "l' invitation", "le président {PAYS}", "le premier ministre",
        "de concert", "wang yi", "wang", "wangari", "wang*", "g20", "de l'avis", "à moscou", "entretien*", "{PAYS}");

    private static final List<String> TEXTS = List.of(
        "Il a rencontré son homologue et a reçu une lettre.",
        "Le ministre a  eu un entretien, puis a longuement entretenu la presse.",
        "Ils se sont rencontrés ; ils se  sont entretenus à Moscou.",
        "Il s'est rendu à Pékin ; elle s' est entretenue avec lui ; il s'est entretenu avec elle.",
        "L'accord, l' accord, l'invitation et l' invitation du président chinois.",
        "Le président russe et le premier  ministre ; LE PRÉSIDENT CHINOIS.",
        "De concert, de l'avis de tous, de l' avis du chinois, a-t-il dit, a.",
        "a", "s'", "le président", "Une rencontre officielle, des rencontres ; il a rencontre", "Des rencontres bilatérales et une rencontre officielle et privée", "anti-a rencontré", "WANG YI et Wang, puis Wangari Maathai, Wanger et le G20 ou le G20s", "aa rencontré a rencontre");

    @Test
    void findsTheSameHitsInTheSameOrderAsTryingEveryPhraseAtEveryWordStart() {
        PhraseIndex<String> index = new PhraseIndex<>();
        List<Pattern> patterns = new ArrayList<>();
        List<String> keyed = PHRASES.stream().filter(p -> PhraseIndex.keyOfPhrase(p) != null).toList();
        for (String phrase : keyed) {
            Pattern pattern = PhrasePattern.compile(phrase, SLOTS, false);
            index.add(phrase, pattern, phrase);
            patterns.add(pattern);
        }
        for (String text : TEXTS) {
            String folded = Folding.fold(text);
            assertThat(index.find(folded)).as(text).isEqualTo(everyPhraseAtEveryStart(keyed, patterns, folded));
        }
    }

    @Test
    void findsPhrasesStartingWithAPlaceholderAfterTheOthersAtTheSameStart() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("{PAYS}", PhrasePattern.compile("{PAYS}", SLOTS, false), "placeholder");
        index.add("chinois", PhrasePattern.compile("chinois", SLOTS, false), "word");
        assertThat(index.find("le chinois"))
            .containsExactly(new PhraseIndex.Hit<>(3, 10, "word"), new PhraseIndex.Hit<>(3, 10, "placeholder"));
    }

    @Test
    void caseKeyFoldsCaseAsCaseInsensitiveMatchingDoes() {
        assertThat(PhraseIndex.caseKey("WANG Yi", 0, 4)).isEqualTo("wang");
        assertThat(PhraseIndex.caseKey("\u017Falut", 0, 5)).isEqualTo("salut");
    }

    @Test
    void literalStartRunsUpToTheFirstWildcardPlaceholderOrGap() {
        assertThat(LiteralStart.of("a rencontr*").partCount()).isEqualTo(2);
        assertThat(LiteralStart.of("s'est rendu*").partCount()).isEqualTo(3);
        assertThat(LiteralStart.of("le président {PAYS}").partCount()).isEqualTo(2);
        assertThat(LiteralStart.of("a ... entretenu").partCount()).isEqualTo(1);
        assertThat(LiteralStart.of("{PAYS}").partCount()).isZero();
        assertThat(LiteralStart.of("Président").first()).isEqualTo("president");
        assertThat(LiteralStart.of("wang yi").firstIsWholeWord()).isTrue();
        assertThat(LiteralStart.of("rencontr*").firstIsWholeWord()).isFalse();
        assertThat(LiteralStart.of("s'est").firstIsWholeWord()).isFalse();
    }

    @Test
    void literalStartNeedsASpaceBetweenWordsButNotAfterAnApostrophe() {
        LiteralStart wordThenWord = LiteralStart.of("a rencontr*");
        assertThat(wordThenWord.matchesAt("il a  rencontre", 3)).isTrue();
        assertThat(wordThenWord.matchesAt("il arencontre", 3)).isFalse();
        assertThat(wordThenWord.matchesAt("il a ete", 3)).isFalse();
        LiteralStart elided = LiteralStart.of("s'est");
        assertThat(elided.matchesAt("s'est", 0)).isTrue();
        assertThat(elided.matchesAt("S' EST", 0)).isTrue();
        assertThat(elided.matchesAt("s'etait", 0)).isFalse();
        assertThat(LiteralStart.of("l' accord").matchesAt("l'accord", 0)).isFalse();
        assertThat(LiteralStart.of("l' accord").matchesAt("l' accord", 0)).isTrue();
    }

    /** The plain way: every phrase, with its own word-start check, at every position. */
    private static List<PhraseIndex.Hit<String>> everyPhraseAtEveryStart(List<String> phrases, List<Pattern> patterns, String text) {
        List<PhraseIndex.Hit<String>> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            for (int k = 0; k < phrases.size(); k++) {
                Matcher m = patterns.get(k).matcher(text);
                m.useTransparentBounds(true);
                m.region(i, text.length());
                if (m.lookingAt() && m.end() > i) {
                    hits.add(new PhraseIndex.Hit<>(i, m.end(), phrases.get(k)));
                }
            }
        }
        return hits;
    }
}
