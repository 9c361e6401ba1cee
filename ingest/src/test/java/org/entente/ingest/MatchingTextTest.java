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
}
