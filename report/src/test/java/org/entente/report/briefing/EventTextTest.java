package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;

class EventTextTest {

    private final EventText english = new EventText(Labels.of(Language.EN), Dyad.CHINA_RUSSIA);
    private final EventText french = new EventText(Labels.of(Language.FR), Dyad.CHINA_RUSSIA);

    @Test
    void datesAreWrittenInTheBriefingLanguageAtTheirPrecision() {
        assertThat(english.date(BriefingFixtures.day(2023, 6, 25))).isEqualTo("25 June 2023");
        assertThat(french.date(BriefingFixtures.day(2023, 6, 25))).isEqualTo("25 juin 2023");
        assertThat(french.date(BriefingFixtures.day(2023, 8, 1))).isEqualTo("1er août 2023");
        assertThat(english.day(LocalDate.of(2023, 8, 1))).isEqualTo("1 August 2023");
        assertThat(french.date(BriefingFixtures.month(2023, 2))).isEqualTo("février 2023");
        assertThat(french.date(new org.entente.ingest.PartialDate(2023, 0, 0))).isEqualTo("2023");
        assertThat(english.date(null)).isEqualTo("no date");
    }

    @Test
    void sidesWithoutNamedPersonsAreNamedByTheirCountry() {
        Event event = BriefingFixtures.event("e", EventType.SHARED_POSITION, EventStatus.OCCURRED,
            BriefingFixtures.month(2023, 6), Direction.B_TO_A, List.of(), List.of("Maria Zakharova"), "",
            BriefingFixtures.mention("a", 1, "Moscou a redit son attachement au principe d’une seule Chine."));

        assertThat(french.participants(event)).isEqualTo("Chine / Maria Zakharova (Russie)");
        assertThat(french.type(event)).isEqualTo("Position commune (Russie → Chine)");
        assertThat(english.type(event)).isEqualTo("Shared position (Russia → China)");
        assertThat(english.evidence(event))
            .isEqualTo("«\u00A0Moscou a redit son attachement au principe d’une seule Chine.\u00A0» (article a)");
    }

    @Test
    void evidenceThatIsItselfAQuotationIsNotQuotedTwice() {
        Event event = BriefingFixtures.event("q", EventType.SHARED_POSITION, EventStatus.OCCURRED,
            BriefingFixtures.month(2023, 6), Direction.A_TO_B, List.of(), List.of(), "",
            BriefingFixtures.mention("a", 3, "« Nous soutenons la Russie », a déclaré le porte-parole chinois."));

        assertThat(english.evidence(event))
            .isEqualTo("« Nous soutenons la Russie », a déclaré le porte-parole chinois. (article a)");
    }

    @Test
    void jointPositionsAndPlannedEventsSayWhatTheyAre() {
        Event joint = BriefingFixtures.event("j", EventType.SHARED_POSITION, EventStatus.OCCURRED,
            BriefingFixtures.month(2023, 6), Direction.JOINT, List.of(), List.of(), "",
            BriefingFixtures.mention("a", 1, "Les deux pays ont défendu ensemble un monde multipolaire."));
        Event planned = BriefingFixtures.event("p", EventType.MEETING, EventStatus.PLANNED,
            BriefingFixtures.month(2023, 10), null, List.of("Xi Jinping"), List.of("Vladimir Poutine"), "",
            BriefingFixtures.mention("a", 2, "Les deux présidents doivent se retrouver en octobre."));

        assertThat(french.type(joint)).isEqualTo("Position commune (conjointe)");
        assertThat(english.type(joint)).isEqualTo("Shared position (joint)");
        assertThat(french.heading(planned)).isEqualTo("Octobre 2023 · Rencontre – annoncé · 1 mention, 1 article");
    }
}
