package org.entente.analyze.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.analyze.text.Folding;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private static final TriggerLexicon BUILT_IN = TriggerLexicon.load(List.of());

    private static List<CueKind> kinds(String sentence) {
        return BUILT_IN.find(Folding.fold(sentence)).stream().map(Cue::kind).toList();
    }

    @Test
    void inflectedVerbIsAMeetingCue() {
        assertThat(kinds("Ils se rencontreront à Pékin")).contains(CueKind.MEETING);
    }

    @Test
    void telephoneIsARemoteMarker() {
        assertThat(kinds("par téléphone")).containsExactly(CueKind.REMOTE);
    }

    @Test
    void longerPhraseWinsOverTheWordInsideIt() {
        List<Cue> cues = BUILT_IN.find(Folding.fold("lors d'une conversation téléphonique"));

        assertThat(cues).filteredOn(c -> c.kind() == CueKind.CONTACT).singleElement()
            .extracting(Cue::text).isEqualTo("conversation telephonique");
    }

    @Test
    void cuesComeInTextOrder() {
        List<Cue> cues = BUILT_IN.find(Folding.fold("Pékin soutient Moscou et les deux parties ont convenu"));

        assertThat(cues).extracting(Cue::start).isSorted();
    }

    @Test
    void aWordInsideAnIdiomIsNoCue() {
        assertThat(kinds("selon le compte rendu du Kremlin")).doesNotContain(CueKind.PLANNED, CueKind.IDIOM);
    }

    @Test
    void theSameWordOutsideTheIdiomStaysACue() {
        assertThat(kinds("il compte se rendre à Pékin")).contains(CueKind.PLANNED);
    }

    @Test
    void aUserIdiomSilencesTheCuesInsideIt() {
        TriggerLexicon lexicon = TriggerLexicon.parse("meeting | sommet\nidiom | au sommet de sa forme\n", "mine.txt");

        assertThat(lexicon.find(Folding.fold("il est au sommet de sa forme"))).isEmpty();
    }

    @Test
    void userPhraseIsFoundInItsCategory() {
        TriggerLexicon lexicon = TriggerLexicon.parse("contact | coup* de fil\n", "mine.txt");

        assertThat(lexicon.find(Folding.fold("un coup de fil"))).extracting(Cue::kind).containsExactly(CueKind.CONTACT);
    }

    @Test
    void lineWithoutSeparatorIsReportedWithItsLine() {
        assertThatThrownBy(() -> TriggerLexicon.parse("# comment\ncontact appel\n", "mine.txt"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("mine.txt, line 2")
            .hasMessageContaining("two fields");
    }

    @Test
    void unknownCategoryIsNamedInTheError() {
        assertThatThrownBy(() -> TriggerLexicon.parse("visites | tournée\n", "mine.txt"))
            .hasMessageContaining("unknown category 'visites'");
    }
}
