package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.junit.jupiter.api.Test;

class SharedPositionTest {

    private static java.util.List<Direction> directions(String text) {
        return mentionsOf(text).stream().filter(m -> m.type() == EventType.SHARED_POSITION).map(Mention::direction).toList();
    }

    @Test
    void supportFromAToBIsAToB() {
        assertThat(directions("La Chine soutient fermement la Russie dans la défense de sa souveraineté, a déclaré un porte-parole."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void opposingInterferenceInTheOtherSidesAffairsIsSupport() {
        assertThat(directions("Moscou rejette toute ingérence dans les affaires intérieures de la Chine, a affirmé Sergueï Lavrov."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void quotedStanceTakesTheSpeakerAsHolder() {
        assertThat(directions("« Il s'agit d'une affaire intérieure de la Russie », a dit la porte-parole de la diplomatie chinoise."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void mutualSupportIsJoint() {
        assertThat(directions("Pékin et Moscou ont réaffirmé leur soutien mutuel face aux sanctions."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void bothSidesPromisingCloserTiesIsJoint() {
        assertThat(directions("Vladimir Poutine et Wang Yi ont promis de resserrer les liens entre leurs pays."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void reportedFutureKeepsTheStatementOccurred() {
        assertThat(mentionsOf("Sergueï Lavrov a déclaré que la Russie soutiendrait la Chine sur la question de Taïwan."))
            .singleElement().satisfies(m -> {
                assertThat(m.direction()).isEqualTo(Direction.B_TO_A);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            });
    }

    @Test
    void thirdPartysClaimIsNoPosition() {
        assertThat(mentionsOf("Le secrétaire d'État américain a averti que la Chine soutiendrait bientôt la Russie.")).isEmpty();
    }

    @Test
    void materialHelpIsNoPosition() {
        assertThat(mentionsOf("La Chine apporte un soutien économique à la Russie en achetant son pétrole.")).isEmpty();
    }

    @Test
    void refusalIsNoPosition() {
        assertThat(mentionsOf("La Chine a refusé de soutenir la Russie lors du vote.")).isEmpty();
    }

    @Test
    void negatedSupportIsNoPosition() {
        assertThat(mentionsOf("La Chine ne soutient pas la Russie dans cette guerre, selon Pékin.")).isEmpty();
    }

    @Test
    void habitualDescriptionIsNoPosition() {
        assertThat(mentionsOf("La Chine et la Russie se décrivent souvent comme des partenaires au soutien mutuel.")).isEmpty();
    }

    @Test
    void oneSidesOwnPositionIsNoPosition() {
        assertThat(mentionsOf("Pékin appelle à un cessez-le-feu rapide en Ukraine.")).isEmpty();
    }

    @Test
    void anEffortToCooperateIsNoStance() {
        assertThat(mentionsOf("Le Kremlin a cherché à renforcer ses liens avec Pékin.")).isEmpty();
    }

    @Test
    void aStatedReadinessToCooperateIsAStance() {
        assertThat(directions("Le Kremlin se dit prêt à renforcer ses liens avec Pékin."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void stanceAtAMeetingOfTheSameSentenceHasItAsOccasion() {
        assertThat(mentionsOf("Lors de sa rencontre avec Wang Yi, Vladimir Poutine a remercié la Chine pour son soutien."))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::occasion).isEqualTo("t#1");
    }

    @Test
    void stanceWithNoMeetingHasNoOccasion() {
        assertThat(mentionsOf("La Chine soutient la Russie, a répété la porte-parole chinoise."))
            .singleElement().extracting(Mention::occasion).isNull();
    }

    @Test
    void bothSidesDenouncingAThirdPartyIsJoint() {
        assertThat(directions("À Pékin, Xi Jinping et Vladimir Poutine ont dénoncé les sanctions occidentales."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void bothSidesMerelyDiscussingIsNoPosition() {
        assertThat(directions("Les deux dirigeants ont évoqué la situation au Proche-Orient lors de leur appel téléphonique."))
            .isEmpty();
    }

    @Test
    void standingBesideTheOtherSideAtAParadeIsNoStance() {
        assertThat(directions("Vladimir Poutine a assisté au défilé de Pékin aux côtés de Xi Jinping.")).isEmpty();
    }

    @Test
    void sayingOneStandsBesideTheOtherSideIsAStance() {
        assertThat(directions("« Nous serons toujours prêts à agir aux côtés de la Russie », a affirmé Wang Yi."))
            .containsExactly(Direction.A_TO_B);
    }
}
