package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class EventTypeAndStatusTest {

    @Test
    void anInfinitiveAfterAPlannedVisitIsPlannedToo() {
        assertThat(mentionsOf("Le Premier ministre chinois Li Qiang se rendra à Moscou en novembre pour y rencontrer "
            + "Mikhaïl Michoustine, a indiqué son ministère.", "2024-09"))
            .isNotEmpty().allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2024-11"));
            });
    }

    @Test
    void anInfinitiveAfterAPastVisitHappenedToo() {
        assertThat(mentionsOf("Sergueï Lavrov s'est rendu à Pékin la semaine dernière pour y rencontrer son homologue Wang Yi.",
            "2024-04"))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void aPlannedMeetingInANamedPlaceTakesTheNamedMonth() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov prévoient de se retrouver à Pékin en février.", "2024-01"))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2024-02"));
            });
    }

    @Test
    void aTourNamedAsTheSettingOfAMeetingThatDidNotHappenIsNoEventEither() {
        assertThat(mentionsOf("Le président chinois Xi Jinping n'a pas rencontré Vladimir Poutine lors de cette tournée, "
            + "a précisé un porte-parole.")).isEmpty();
    }

    @Test
    void aMeetingNamedAsTheSettingOfAStatementStillCounts() {
        assertThat(mentionsOf("Wang Yi a salué le partenariat avec la Russie lors de sa rencontre avec Sergueï Lavrov à Moscou."))
            .anySatisfy(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            });
    }

    @Test
    void talksByTelephoneAreAContact() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine se sont entretenus par téléphone mardi."))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void talksWithoutRemoteMarkerAreAMeeting() {
        assertThat(mentionsOf("Wang Yi s'est entretenu lundi avec Sergueï Lavrov dans la capitale russe."))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.MEETING);
    }

    @Test
    void videoConferenceIsAContact() {
        assertThat(mentionsOf("Le président chinois a tenu une visioconférence avec Vladimir Poutine."))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void congratulationMessageIsAContact() {
        assertThat(mentionsOf("Vladimir Poutine a adressé un message de félicitations à Xi Jinping pour sa réélection."))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void participleWithoutAuxiliaryStillReportsAMeeting() {
        assertThat(mentionsOf("Dimanche, Qin Gang rencontré à Pékin le vice-ministre russe Andreï Roudenko."))
            .singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            });
    }

    @Test
    void futureTenseIsPlanned() {
        assertThat(mentionsOf("Vladimir Poutine se rendra en Chine en octobre."))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).hasToString("2023-10");
            });
    }

    @Test
    void doitWithInfinitiveIsPlanned() {
        assertThat(mentionsOf("Le chef de la diplomatie chinoise doit rencontrer Sergueï Lavrov à Moscou."))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void vontWithInfinitiveIsPlanned() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine vont s'entretenir par téléphone."))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void acceptedInvitationIsPlanned() {
        assertThat(mentionsOf("Vladimir Poutine a accepté l'invitation de Xi Jinping à se rendre à Pékin au printemps."))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void conditionalInReportedSpeechIsPlanned() {
        assertThat(mentionsOf("Le Kremlin a annoncé que Vladimir Poutine se rendrait en Chine en mai."))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void plannedMarkerInAnotherClauseDoesNotLeak() {
        assertThat(mentionsOf("Wang Yi, qui doit ensuite partir pour l'Afrique, a rencontré jeudi Sergueï Lavrov."))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void negatedMeetingIsDropped() {
        assertThat(mentionsOf("Xi Jinping n'a pas rencontré Vladimir Poutine lors de ce sommet.")).isEmpty();
    }

    @Test
    void negatedPlanIsDropped() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ne prévoient pas de se rencontrer cette année.")).isEmpty();
    }

    @Test
    void questionIsDropped() {
        assertThat(mentionsOf("Xi Jinping rencontrera-t-il Vladimir Poutine cet automne ?")).isEmpty();
    }

    @Test
    void possibilityIsDropped() {
        assertThat(mentionsOf("Vladimir Poutine pourrait rencontrer Xi Jinping en marge du sommet.")).isEmpty();
    }

    @Test
    void habitualMeetingsAreDropped() {
        assertThat(mentionsOf("Les dirigeants chinois et russe se rencontrent régulièrement depuis dix ans.")).isEmpty();
    }

    @Test
    void bareNounInAGenericPhraseIsNoEvent() {
        assertThat(mentionsOf("Le ministre chinois a évoqué une année riche en rencontres avec Moscou.")).isEmpty();
    }

    @Test
    void urgingIsNoCall() {
        assertThat(mentionsOf("Xi Jinping a appelé la Russie à la retenue.")).isEmpty();
    }

    @Test
    void aVisitAnnouncedInTheConditionalOfReportedSpeechIsPlanned() {
        assertThat(mentionsOf("Le Kremlin a fait savoir que le président chinois viendrait en Russie au printemps pour une visite "
            + "d'État.", "2022-12-30")).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void anIntentionToTravelIsAPlannedVisit() {
        assertThat(mentionsOf("Le président chinois a l'intention de se rendre en Russie au mois de mai, selon le Kremlin.",
            "2023-03-10")).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void talksAheadInAVisitAlreadyBegunBelongToTheVisit() {
        assertThat(mentionsOf("Sergueï Lavrov est arrivé lundi à Pékin, un séjour au cours duquel il rencontrera son homologue Wang Yi.",
            "2022-03-30")).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void talksAheadInAVisitStillToComeArePlanned() {
        assertThat(mentionsOf("Sergueï Lavrov se rendra à Pékin, un séjour au cours duquel il rencontrera son homologue Wang Yi.",
            "2022-03-30")).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aFutureInsideAClosedQuotationDoesNotMakeTheMeetingThatReportsItPlanned() {
        assertThat(mentionsOf("« Notre amitié ne changera pas », a déclaré Xi Jinping lors d'une rencontre avec son homologue russe.",
            "2024-10-23").stream().filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void aQuotationOpenedInTheSentenceBeforeIsClosedByTheFirstMark() {
        assertThat(mentionsOf("« Le monde change vite. Notre amitié, elle, ne changera pas », a dit Xi Jinping lors d'une rencontre "
            + "avec Vladimir Poutine.", "2024-10-23").stream().filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void aFutureBeforeAMeetingOutsideAnyQuotationStillMakesItPlanned() {
        assertThat(mentionsOf("Xi Jinping aura lors de sa visite une rencontre avec Vladimir Poutine.", "2024-10-23").stream()
            .filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aVisitOneIntendsToMakeIsPlanned() {
        assertThat(mentionsOf("Vladimir Poutine entend effectuer une visite en Chine en octobre, a indiqué le Kremlin.", "2023-07-04")
            .stream().filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aVisitDatedAFewDaysAgoHappenedWhateverFollows() {
        assertThat(mentionsOf("La visite il y a quelques jours de Xi Jinping à Moscou sera suivie de bien d'autres, selon le Kremlin.",
            "2023-04-16").stream().filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void talksHeldTodayHappenedEvenIfTheirEffectIsAhead() {
        assertThat(mentionsOf("« Notre entretien aujourd'hui donnera un nouvel élan à nos liens », a dit Vladimir Poutine à Xi Jinping.",
            "2022-09-15").stream().filter(m -> m.type() == EventType.MEETING))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void howManyTimesTheyWillMeetIsAGenericCountNotAnEvent() {
        assertThat(mentionsOf("Cette année-là, Xi Jinping et Vladimir Poutine se rencontreront cinq fois.", "2024-05-10").stream()
            .filter(m -> m.type() == EventType.MEETING)).isEmpty();
    }
}
