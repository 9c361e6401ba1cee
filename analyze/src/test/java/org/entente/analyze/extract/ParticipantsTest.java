package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

    @Test
    void aMeetingWithAThirdCountrysLeaderBorrowsNoSideFromThePassage() {
        assertThat(mentionsOf("""
            Wang Yi a rencontré Sergueï Lavrov à Pékin lundi.

            Mardi, Sergueï Lavrov a reçu le président turc pour parler de la mer Noire.""", "2024-03"))
            .singleElement().satisfies(m -> assertThat(m.participantsA()).containsExactly("Wang Yi"));
    }

    @Test
    void aPronounStillTakesTheSideTheLastSentenceNamed() {
        assertThat(mentionsOf("""
            Le ministre chinois des Affaires étrangères Wang Yi est arrivé dimanche à Moscou.

            Il a été reçu lundi par Vladimir Poutine au Kremlin.""", "2024-03"))
            .anySatisfy(m -> {
                assertThat(m.participantsA()).containsExactly("Wang Yi");
                assertThat(m.participantsB()).containsExactly("Vladimir Poutine");
            });
    }

    @Test
    void officeResolvesToItsHolderOnTheEventDate() {
        assertThat(mentionsOf("Le ministre chinois des Affaires étrangères a reçu Sergueï Lavrov.", "2023-05-10"))
            .singleElement().extracting(Mention::participantsA).asList().containsExactly("Qin Gang");
    }

    @Test
    void sameOfficeLaterResolvesToTheNextHolder() {
        assertThat(mentionsOf("Le ministre chinois des Affaires étrangères a reçu Sergueï Lavrov.", "2023-09-10"))
            .singleElement().extracting(Mention::participantsA).asList().containsExactly("Wang Yi");
    }

    @Test
    void counterpartResolvesToTheHolderOfTheSameOffice() {
        assertThat(mentionsOf("Wang Yi a téléphoné jeudi à son homologue russe.", "2022-10-28"))
            .singleElement().extracting(Mention::participantsB).asList().containsExactly("Sergueï Lavrov");
    }

    @Test
    void unnamedSubjectOfACounterpartMeetingIsTheOtherSidesHolder() {
        assertThat(mentionsOf("Le ministre s'est entretenu mardi avec son homologue chinois Wang Yi.", "2023-08-23"))
            .singleElement().extracting(Mention::participantsB).asList().containsExactly("Sergueï Lavrov");
    }

    @Test
    void listOfCountriesIncludingTheOtherSideMakesAContact() {
        assertThat(mentionsOf("Sergueï Choïgou a contacté ses homologues en Inde, en Turquie et en Chine."))
            .singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(EventType.CONTACT);
                assertThat(m.participantsA()).isEmpty();
                assertThat(m.participantsB()).containsExactly("Sergueï Choïgou");
            });
    }

    @Test
    void visitDestinationIsTheOtherSide() {
        assertThat(mentionsOf("Le chef de la diplomatie chinoise effectue une visite de trois jours en Russie.", "2023-09-20"))
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Wang Yi");
                assertThat(m.participantsB()).isEmpty();
            });
    }

    @Test
    void placeOfAMeetingIsNotAParticipant() {
        assertThat(mentionsOf("Wang Yi a rencontré Antony Blinken à Moscou.")).isEmpty();
    }

    @Test
    void thirdPartyAloneMakesNoEvent() {
        assertThat(mentionsOf("Antony Blinken a rencontré Wang Yi à Munich la semaine dernière.")).isEmpty();
    }

    @Test
    void thirdCountryInATrilateralMeetingKeepsTheEvent() {
        assertThat(mentionsOf("Mardi, Wang Yi a rencontré Nikolai Patrushev et son homologue mongol."))
            .singleElement().extracting(Mention::participantsB).asList().containsExactly("Nikolai Patrushev");
    }

    @Test
    void twoMeetingsInOneSentenceKeepTheirOwnPartners() {
        assertThat(mentionsOf("Avant sa rencontre avec Vladimir Poutine, Wang Yi a rencontré Sergueï Lavrov."))
            .extracting(Mention::participantsB).containsExactlyInAnyOrder(
                java.util.List.of("Vladimir Poutine"), java.util.List.of("Sergueï Lavrov"));
    }

    @Test
    void bothPartiesReachBackToThePreviousMeeting() {
        assertThat(mentionsOf("Wang Yi a rencontré Sergueï Lavrov à Pékin.\n\nLes deux parties ont salué la solidité de leurs relations."))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::occasion).isEqualTo("t#1");
    }

    @Test
    void pronounInReportedSpeechIsTheSpeaker() {
        assertThat(mentionsOf("Vladimir Poutine a déclaré qu'il se rendrait en Chine à l'invitation de Xi Jinping."))
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Xi Jinping");
                assertThat(m.participantsB()).containsExactly("Vladimir Poutine");
            });
    }

    @Test
    void partnerOutsideTheDyadMakesNoEventWithTheOtherSide() {
        assertThat(mentionsOf("Xi Jinping a rencontré Joe Biden à Lima, puis a évoqué la Russie.")).isEmpty();
    }

    @Test
    void passiveReceptionWithPronounTakesThePersonOfThePreviousSentence() {
        assertThat(mentionsOf("Wang Yi est arrivé lundi en Russie.\n\nMardi, il a été reçu par Vladimir Poutine au Kremlin."))
            .filteredOn(m -> m.sentence() == 2)
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Wang Yi");
                assertThat(m.participantsB()).containsExactly("Vladimir Poutine");
            });
    }

    @Test
    void theyInASentenceWithoutActorsAreBothSidesOfThePassage() {
        assertThat(mentionsOf("Sergueï Lavrov et Wang Yi ne se sont pas parlé depuis janvier.\n\nIls devraient se rencontrer en avril."))
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Wang Yi");
                assertThat(m.participantsB()).containsExactly("Sergueï Lavrov");
            });
    }

    @Test
    void cityOfAMeetingIsItsLocationWithItsAccents() {
        assertThat(mentionsOf("Wang Yi a rencontré Sergueï Lavrov à Saint-Pétersbourg."))
            .singleElement().extracting(Mention::location).isEqualTo("Saint-Pétersbourg");
    }

    @Test
    void theAsianCounterpartOfTheRussianPresidentIsTheChineseOne() {
        assertThat(mentionsOf("Vladimir Poutine s'est entretenu vendredi en visioconférence avec son homologue asiatique.", "2022-12-30"))
            .singleElement().extracting(Mention::participantsA).asList().containsExactly("Xi Jinping");
    }
}
