package org.entente.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTextTest {

    @Test
    void typographicQuotesApostrophesAndSpacesBecomePlain() {
        assertThat(MatchingText.normalize("L’accord\u00A0: « oui »\u202F! ‚x‛"))
                .isEqualTo("L'accord : \" oui \" ! 'x'");
    }

    @Test
    void invisibleCharactersDisappear() {
        assertThat(MatchingText.normalize("coopé\u00ADration\u200B\u2060\uFEFF")).isEqualTo("coopération");
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(MatchingText.normalize("Pe\u0301kin")).isEqualTo("Pékin");
    }

    @Test
    void plainTextIsUnchanged() {
        String plain = "Les deux pays ont signé un accord - le 4 février 2022.";
        assertThat(MatchingText.normalize(plain)).isEqualTo(plain);
    }

    @Test
    void textSkippingTheNormaliserIsAlreadyInNfcForEveryPairOfItsCharacters() {
        int checked = 0;
        for (char b = 1; b < '\u2070'; b++) {
            for (char c = 1; c < '\u2070'; c++) {
                String pair = "" + b + c;
                if (MatchingText.isNfcAsItStands(pair)) {
                    assertThat(java.text.Normalizer.normalize(pair, java.text.Normalizer.Form.NFC)).isEqualTo(pair);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500_000);
    }

    @Test
    void textWithCombiningMarksGoesThroughTheNormaliser() {
        assertThat(MatchingText.isNfcAsItStands("Pe\u0301kin")).isFalse();
        assertThat(MatchingText.isNfcAsItStands("Pékin l’a dit\u00A0: «\u202Foui\u202F»")).isTrue();
    }
}
