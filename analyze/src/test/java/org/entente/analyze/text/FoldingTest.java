package org.entente.analyze.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accentsAreRemovedAndCaseKept() {
        assertThat(Folding.fold("Sergueï Choïgou à Pékin")).isEqualTo("Serguei Choigou a Pekin");
    }

    @Test
    void typographicApostrophesAndQuotesBecomePlain() {
        assertThat(Folding.fold("l’invitation « ferme »")).isEqualTo("l'invitation \" ferme \"");
    }

    @Test
    void foldingKeepsTheLengthOfTheNormalisedText() {
        String text = "Le ministre chinois a évoqué l’« amitié » sino‑russe";

        assertThat(Folding.fold(text)).hasSameSizeAs(org.entente.ingest.MatchingText.normalize(text));
    }
}
