package org.entente.analyze.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.text.Folding;
import org.junit.jupiter.api.Test;

class ActorFinderTest {

    private static final ActorFinder FINDER = ActorDictionary.load(List.of()).finderFor(Dyad.CHINA_RUSSIA);

    private static List<ActorRef> find(String sentence) {
        return FINDER.find(Folding.fold(sentence));
    }

    private static List<String> people(String sentence) {
        return find(sentence).stream().filter(ActorRef::isPerson).map(r -> r.candidates().get(0).name()).toList();
    }

    @Test
    void frenchAndEnglishTransliterationsNameTheSamePerson() {
        assertThat(people("Sergei Shoigu a rencontré Nikolaï Patrouchev")).containsExactly("Sergueï Choïgou", "Nikolai Patrushev");
    }

    @Test
    void surnameAloneNamesThePerson() {
        assertThat(people("M. Xi a reçu Poutine")).containsExactly("Xi Jinping", "Vladimir Poutine");
    }

    @Test
    void officeWithNationalityIsAnActorOfThatSide() {
        List<ActorRef> refs = find("le ministre chinois des Affaires étrangères a parlé");

        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ActorKind.OFFICE);
            assertThat(r.country()).isEqualTo("CHN");
            assertThat(r.office()).isEqualTo("foreign_minister");
        });
    }

    @Test
    void officeNamedByCapitalIsAnActorOfThatSide() {
        assertThat(find("le ministre des Affaires étrangères de Pékin a parlé"))
            .extracting(ActorRef::country, ActorRef::office).containsExactly(org.assertj.core.groups.Tuple.tuple("CHN", "foreign_minister"));
    }

    @Test
    void pluralOfficeWithTwoCapitalsNamesBothSides() {
        assertThat(find("Les ministres des Affaires étrangères de Moscou et de Pékin se sont parlé"))
            .extracting(ActorRef::country).containsExactlyInAnyOrder("CHN", "RUS");
    }

    @Test
    void officeBesideTheNameIsNotASecondActor() {
        assertThat(find("Le ministre russe de la Défense, Sergueï Choïgou, a appelé"))
            .singleElement().extracting(ActorRef::kind).isEqualTo(ActorKind.PERSON);
    }

    @Test
    void compoundDemonymNamesBothSides() {
        assertThat(find("les relations russo-chinoises")).extracting(ActorRef::country).containsExactlyInAnyOrder("CHN", "RUS");
    }

    @Test
    void capitalAfterAPrepositionIsAPlace() {
        assertThat(find("Il s'est rendu à Moscou")).singleElement().extracting(ActorRef::kind).isEqualTo(ActorKind.PLACE);
    }

    @Test
    void metonymIsTheState() {
        assertThat(find("Le Kremlin a salué")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ActorKind.STATE);
            assertThat(r.country()).isEqualTo("RUS");
        });
    }

    @Test
    void demonymAloneIsNoActor() {
        assertThat(find("une force mercenaire russe")).isEmpty();
    }

    @Test
    void aThirdCountryIsNoActor() {
        assertThat(find("le ministre ukrainien des Affaires étrangères à Kiev")).isEmpty();
    }
}
