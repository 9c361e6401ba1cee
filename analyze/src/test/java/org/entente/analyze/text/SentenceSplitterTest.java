package org.entente.analyze.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String article) {
        return splitter.split(article).stream().map(Sentence::text).toList();
    }

    @Test
    void lineBreakEndsAHeadlineWithoutFullStop() {
        assertThat(texts("Pékin et Moscou resserrent les rangs\nLe président chinois a reçu son invité lundi."))
            .containsExactly("Pékin et Moscou resserrent les rangs", "Le président chinois a reçu son invité lundi.");
    }

    @Test
    void abbreviatedTitleDoesNotEndTheSentence() {
        assertThat(texts("M. Wang a salué la visite de son hôte. Il repartira demain."))
            .containsExactly("M. Wang a salué la visite de son hôte.", "Il repartira demain.");
    }

    @Test
    void sentencesAreNumberedFromOneWithTheHeadline() {
        List<Sentence> sentences = splitter.split("Titre\n\nPremière phrase du corps. Deuxième phrase du corps.");

        assertThat(sentences).extracting(Sentence::index).containsExactly(1, 2, 3);
    }

    @Test
    void blankLineStartsANewParagraph() {
        List<Sentence> sentences = splitter.split("Titre\n\nUn paragraphe.\n\nUn autre paragraphe.");

        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
    }

    @Test
    void quotationFollowedBySpeakerStaysOneSentence() {
        assertThat(texts("« Nous avancerons ensemble », a déclaré le ministre chinois."))
            .containsExactly("« Nous avancerons ensemble », a déclaré le ministre chinois.");
    }

    @Test
    void emptyTextHasNoSentence() {
        assertThat(splitter.split("  \n\n ")).isEmpty();
    }

    @Test
    void lineEndingInItsOnlySentenceMarksIsOneSentenceAsTheModelWouldSay() {
        List<String> lines = List.of("Pékin et Moscou resserrent les rangs", "Le président chinois a reçu son invité lundi.",
            "Viendra-t-il ?!", "  Il est arrivé à Moscou...  ", "\u00A0Il est arrivé.\u00A0", "Qui l'a invité ?",
            "\u00A0\u00A0", "!", "Fin .");
        for (String line : lines) {
            assertThat(SentenceSplitter.isOneSentence(line)).as(line).isTrue();
            assertThat(texts(line)).as(line).isEqualTo(splitter.modelPieces(line).isEmpty()
                ? List.of(line.strip()) : splitter.modelPieces(line));
        }
    }

    @Test
    void lineWithAMarkBeforeItsEndIsLeftToTheModel() {
        assertThat(SentenceSplitter.isOneSentence("M. Xi est arrivé")).isFalse();
        assertThat(SentenceSplitter.isOneSentence("Il est arrivé. Il repart.")).isFalse();
        assertThat(SentenceSplitter.isOneSentence("« Nous sommes prêts. »")).isFalse();
    }

    @Test
    void aRunOfTextLongerThanAnyRealSentenceIsCutAtACommaBeforeTheLimit() {
        String names = "Xi Jinping, Vladimir Poutine, ".repeat(400);
        List<String> parts = SentenceSplitter.capped(names.strip());
        assertThat(parts).hasSizeGreaterThan(5).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE);
            assertThat(p).endsWith(",").doesNotStartWith(",");
        });
        assertThat(String.join(" ", parts)).isEqualTo(names.strip());
    }

    @Test
    void linesSplitAtEveryKindOfLineEndAndKeepEmptyOnes() {
        org.assertj.core.api.Assertions.assertThat(SentenceSplitter.lines("a\r\nb\n\nc\rd\n"))
            .containsExactly("a", "b", "", "c", "d", "");
    }

    @Test
    void aPluralTitleDoesNotEndTheSentence() {
        assertThat(texts("Le Kremlin a confirmé la rencontre entre MM. Xi et Poutine jeudi. Elle portera sur le commerce."))
            .containsExactly("Le Kremlin a confirmé la rencontre entre MM. Xi et Poutine jeudi.", "Elle portera sur le commerce.");
    }
}
