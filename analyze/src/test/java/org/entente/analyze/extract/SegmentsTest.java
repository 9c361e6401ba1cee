package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void verbOfSayingFollowedByQueStartsReportedSpeech() {
        SentenceReading r = Fixture.read("Xi a déclaré à Poutine que Pékin le soutiendrait.");
        int que = r.folded().indexOf("que");

        assertThat(r.segments().segmentAt(que)).isEqualTo(1);
        assertThat(r.segments().isReported(1)).isTrue();
    }

    @Test
    void queOfASubordinatorIsNoReportedSpeech() {
        SentenceReading r = Fixture.read("Poutine a annoncé sa venue alors que Pékin se tait.");

        assertThat(r.segments().segmentAt(r.folded().length() - 1)).isZero();
    }

    @Test
    void speakerRegionStartsAfterTheLastComma() {
        SentenceReading r = Fixture.read("Après une visite, le diplomate américain a averti que la Chine aiderait la Russie.");
        int[] speaker = r.segments().speakerRegion(1);

        assertThat(r.folded().substring(speaker[0], speaker[1])).startsWith(" le diplomate americain a averti");
    }

    @Test
    void chunkStopsAtCommasAndQuotes() {
        SentenceReading r = Fixture.read("« Nous sommes prêts », a dit Wang, lors de sa rencontre avec Lavrov.");
        int at = r.folded().indexOf("rencontre");

        assertThat(r.folded().substring(r.segments().chunkStart(at), r.segments().chunkEnd(at))).isEqualTo(" lors de sa rencontre avec Lavrov.");
    }
}
