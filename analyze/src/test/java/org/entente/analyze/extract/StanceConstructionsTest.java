package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.junit.jupiter.api.Test;

/**
 * Stances worded the way French pages word them (third sitting), each in our own words: praise of the other side's
 * plan named by its adjective, a call addressed to both capitals, one side's words on mutual support, a strategic
 * choice, a will announced together.
 */
class StanceConstructionsTest {

    private static List<Direction> directions(String text) {
        return mentionsOf(text, "2024-05-10").stream().filter(m -> m.type() == EventType.SHARED_POSITION)
            .map(Mention::direction).toList();
    }

    @Test
    void praisingThePlanOfTheOtherSideNamedByItsAdjectiveIsSupport() {
        assertThat(directions("Vladimir Poutine a salué mardi le plan de paix chinois pour l'Ukraine."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void theOtherSideAsANounIsNoTargetForTheAdjectiveRule() {
        assertThat(directions("Vladimir Poutine a salué les Chinois venus assister au concert.")).isEmpty();
    }

    @Test
    void appreciatingTheOtherSidesApproachIsSupport() {
        assertThat(directions("Moscou apprécie l'approche mesurée de la Chine sur ce dossier, a indiqué Sergueï Lavrov."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void callingOnBothCapitalsToActTogetherIsTheCallersStance() {
        assertThat(directions("Mikhaïl Michoustine a appelé Moscou et Pékin à protéger ensemble leurs intérêts communs."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void oneSideQuotedOnMutualSupportDuringAMeetingIsThatSidesStance() {
        assertThat(directions("« Nous nous soutenons mutuellement face aux pressions extérieures », a déclaré Sergueï Lavrov "
            + "lors d'un entretien à Moscou avec Wang Yi.")).containsExactly(Direction.B_TO_A);
    }

    @Test
    void bothLeadersAnnouncingTheirWillToDeepenCooperationIsJoint() {
        assertThat(directions("Xi Jinping et Vladimir Poutine ont annoncé leur volonté d'intensifier la coopération énergétique."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void advancingTiesWithTheOtherSideCalledAStrategicChoiceIsACommitment() {
        assertThat(directions("Selon Xi Jinping, faire progresser les liens avec la Russie reste un choix stratégique de Pékin."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void praisingTheContributionsOfBothSidesIsNoDirectedStance() {
        assertThat(directions("Wang Yi a salué les contributions de la Chine et de la Russie à la paix régionale."))
            .doesNotContain(Direction.B_TO_A, Direction.A_TO_B);
    }

    @Test
    void speakingWithOneVoiceIsJoint() {
        assertThat(directions("Sergueï Lavrov et Wang Yi se sont exprimés d'une même voix contre les sanctions."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void praisingADocumentTheOtherSidePublishedIsSupport() {
        assertThat(directions("Dmitri Peskov a salué jeudi le document en douze points publié par Pékin."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void thirdCountryOfficialsSayingOneSideBacksTheOtherIsNoStance() {
        assertThat(directions("Des responsables britanniques ont affirmé que la Chine soutenait la Russie.")).isEmpty();
    }

    @Test
    void aThirdCountryAccusingOneSideOfBackingTheOtherIsNoStance() {
        assertThat(directions("Londres accuse Pékin de soutenir l'effort de guerre russe")).isEmpty();
    }

    @Test
    void theSolidarityOfOneSideNamedAfterTheNounIsThatSidesStance() {
        assertThat(directions("Maria Zakharova a assuré Pékin de la solidarité de Moscou face aux sanctions."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void aQualifiedSolidarityOfOneSideWithTheOtherIsThatSidesStance() {
        assertThat(directions("Le Kremlin a rappelé la « solidarité totale » de la Russie avec la Chine."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void givingTheTiesWithTheOtherSidePriorityIsACommitmentOfTheSpeaker() {
        assertThat(mentionsOf("Le président chinois, qui parlait lors d'un entretien avec le Premier ministre russe, Mikhaïl "
            + "Michoustine, a dit que Pékin continuerait d'accorder la priorité au partenariat entre la Chine et la Russie.", "2023-03-21"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().satisfies(m -> {
                assertThat(m.direction()).isEqualTo(Direction.A_TO_B);
                assertThat(m.participantsA()).containsExactly("Xi Jinping");
            });
    }

    @Test
    void makingTheTiesAPriorityIsACommitmentToo() {
        assertThat(directions("Moscou fera toujours de ses relations avec la Chine une priorité, a assuré Sergueï Lavrov."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void opposingInterferenceInTaiwanIsBackingChina() {
        assertThat(directions("Moscou s'oppose à toute ingérence étrangère dans la question de Taïwan, a dit Maria Zakharova."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void aThirdCountryBackingTaiwanIsNoStanceOfTheTwo() {
        assertThat(directions("Washington a soutenu Taïwan, a dénoncé Moscou.")).isEmpty();
    }

    @Test
    void raisingCooperationWithTheOtherSideToAHigherLevelIsACommitment() {
        assertThat(directions("« Nous allons hisser la coopération militaire avec la Russie à un niveau supérieur », a dit Dong Jun."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void committingToOpposeSanctionsTogetherIsJoint() {
        assertThat(directions("Wang Yi et Sergueï Lavrov se sont engagés à s'opposer ensemble aux sanctions unilatérales."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void backingInAConditionIsNoStance() {
        assertThat(directions("Joe Biden a averti Xi Jinping des conséquences si Pékin soutenait Moscou dans cette guerre.")).isEmpty();
    }

    @Test
    void aPartyOfOneSideBackingItsOwnLeaderIsNoStanceOfTheOtherSide() {
        assertThat(directions("Dmitri Medvedev, chef du parti Russie unie qui soutient Vladimir Poutine, a vu Xi Jinping à Pékin."))
            .isEmpty();
    }

    @Test
    void backingAllEffortsForPeaceIsNoBackingOfTheOtherSide() {
        assertThat(directions("Réitérant le soutien de Pékin à tous les efforts de paix, la porte-parole a salué le dialogue "
            + "entre la Russie et les États-Unis.")).doesNotContain(Direction.A_TO_B);
    }

    @Test
    void aPactTheTwoHaveKeptForManyYearsIsNoStanceOfTheDay() {
        assertThat(directions("La Russie et la Chine se soutiennent mutuellement depuis de nombreuses années.")).isEmpty();
    }

    @Test
    void quotationMarksInsideAStancePhraseDoNotHideIt() {
        assertThat(directions("Le dirigeant chinois a salué les « efforts positifs de Moscou » pour apaiser la crise."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void bothLeadersDefendingTheirAxisIsJoint() {
        assertThat(directions("Xi Jinping et Vladimir Poutine ont défendu l'axe Pékin-Moscou comme un gage de stabilité."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void attendingAParadeTogetherIsNoStance() {
        assertThat(directions("Xi Jinping et Vladimir Poutine assisteront vendredi ensemble au défilé sur la place Rouge."))
            .isEmpty();
    }

    @Test
    void aPronounSpeakerIsThePersonTheSentenceBeforeBeganWith() {
        assertThat(mentionsOf("""
            Dong Jun a reçu lundi à Pékin Andreï Belooussov.

            Il a souligné que les deux armées devraient approfondir leur coordination et se soutenir fermement.""", "2024-10-14"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().satisfies(m -> assertThat(m.direction()).isEqualTo(Direction.A_TO_B));
    }

    @Test
    void backingTalksBetweenOneSideAndAThirdCountryIsNoBackingOfThatSide() {
        assertThat(directions("« Nous soutenons le dialogue direct entre la Russie et l'Ukraine », a dit Mao Ning.")).isEmpty();
    }

    @Test
    void thePartiesOfAPieceAboutAnotherPairAreNotTheTwoSides() {
        assertThat(mentionsOf("""
            Pékin et Bruxelles ont tenu mardi leur dialogue sur le climat.

            La Chine a rappelé son opposition aux sanctions qui visent la Russie.

            Les deux parties ont convenu de renforcer leur coopération sur la transition énergétique.""", "2025-07-16"))
            .filteredOn(m -> m.direction() == Direction.JOINT).isEmpty();
    }

    @Test
    void theOtherSidesRightWithAnAdverbIsStillBackedByTheSpeaker() {
        assertThat(directions("Le Kremlin a estimé que la Chine avait pleinement le droit de mener ces manœuvres."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void aQuoteLedInByOneSidesSpeakerOnMutualSupportIsThatSidesStance() {
        assertThat(directions("Le ministre russe de la Défense, qui recevait jeudi son homologue chinois, a plaidé pour des liens "
            + "« en se prêtant l'un à l'autre un appui solide »."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void aQuoteOpenedInTheSentenceBeforeKeepsItsSpeaker() {
        assertThat(directions("Nous sommes déterminés à défendre les intérêts de l'un et de l'autre dans toutes les enceintes », a assuré Sergueï Lavrov "
            + "à l'issue de ses entretiens avec Wang Yi."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void aMinisterWhoAddsThatBothCountriesWillBackEachOtherSpeaksForHisSide() {
        assertThat(directions("Et le ministre chinois d'ajouter que « Pékin et Moscou continueront à s'épauler mutuellement »."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void bothMinistersStatingMutualSupportTogetherIsStillJoint() {
        assertThat(directions("Les ministres chinois et russe ont réaffirmé mardi leur soutien mutuel sur les questions de souveraineté."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void backingToldOverThePeriodSinceTheWarBeganIsNoStatement() {
        assertThat(directions("Depuis le début de la guerre, la Chine a affiché son appui à la Russie isolée.")).isEmpty();
    }

    @Test
    void aBackingThatGrowsStrongerIsATrendNotAStatement() {
        assertThat(directions("Pékin a nettement accru son appui diplomatique à Moscou, observent les diplomates.")).isEmpty();
    }

    @Test
    void aStatementMadeFromTheCapitalIsStillAStatement() {
        assertThat(directions("Depuis Pékin, Xi Jinping a assuré mardi que la Chine soutenait la Russie dans ses efforts de stabilité."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void whatAGroupOfStatesIsForIsNoStanceOfTwoOfItsMembers() {
        assertThat(directions("Fondée il y a vingt ans, l'OCS vise une coopération mutuelle en matière de sécurité entre ses membres, "
            + "parmi lesquels la Chine, la Russie et l'Inde.")).isEmpty();
    }

    @Test
    void theTwoSidesNamedBeforeTheirGroupStillStateTogether() {
        assertThat(directions("La Chine et la Russie, membres des BRICS, ont réaffirmé mardi leur position commune sur la réforme de l'ONU."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void aHeadlineAddressedByOneLeaderToTheOtherIsTheSpeakersStance() {
        assertThat(directions("Poutine à Xi : « Appui mutuel face aux sanctions »")).containsExactly(Direction.B_TO_A);
    }

    @Test
    void backingSaidAgainAndAgainIsHabitual() {
        assertThat(directions("Moscou a répété à maintes reprises qu'elle soutenait la politique d'une seule Chine.")).isEmpty();
    }

    @Test
    void backingSaidOnceIsAStatement() {
        assertThat(directions("Moscou a répété mardi qu'elle soutenait la politique d'une seule Chine.")).containsExactly(Direction.B_TO_A);
    }

    @Test
    void readinessToKeepCloseContactWithTheOtherSideIsACommitment() {
        assertThat(directions("Wang Yi a assuré que Pékin était disposé à garder une coordination étroite avec Moscou."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void readinessToMoveForwardWithTheOtherSidesPartnersIsACommitment() {
        assertThat(directions("« Nous sommes prêts à avancer résolument avec nos partenaires chinois », a dit Mikhaïl Michoustine."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void twoCountriesThatSeemToStandTogetherStatedNothing() {
        assertThat(directions("Vus de Bruxelles, la Chine et la Russie semblent faire front commun sur ce dossier.")).isEmpty();
    }

    @Test
    void backingShownByWhatOneDoesNotDoIsConductNotAStatement() {
        assertThat(directions("La Chine appuie la Russie en ne votant pas les résolutions qui la condamnent.")).isEmpty();
    }

    @Test
    void thanksForPracticalHelpIsNoStance() {
        assertThat(directions("Vladimir Poutine a remercié Xi Jinping pour l'assistance fournie lors des inondations en Sibérie."))
            .isEmpty();
    }

    @Test
    void thanksForBackingIsStillAStance() {
        assertThat(directions("Xi Jinping a remercié Vladimir Poutine pour son soutien à la politique d'une seule Chine."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void assuringTheOtherSideItHasYourSupportIsYourStance() {
        assertThat(directions("Le président chinois a assuré à son homologue russe qu'il pouvait compter sur le soutien de Pékin."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void aThirdPartyLeaderSwearingToBackOneSideGivesTheOtherSideNoStance() {
        assertThat(directions("D'après la presse, Kim Jong-un a promis de soutenir sans réserve la Russie, tandis que la Chine "
            + "est restée prudente.")).isEmpty();
    }

    @Test
    void aNamedLeaderPromisingToBackTheOtherSideIsStillAStance() {
        assertThat(directions("Wang Yi a promis de soutenir la Russie.")).containsExactly(Direction.A_TO_B);
    }

    @Test
    void aStatementAfterAPhotoCaptionOfAnOlderMeetingKeepsTheArticlesDate() {
        assertThat(mentionsOf("Vladimir Poutine (à gauche) et Xi Jinping lors de leur rencontre à Pékin, le 4 février 2022.\n\n"
            + "Le ministre russe de la Défense a déclaré jeudi que le partenariat militaire de son pays avec la Chine garantit "
            + "la stabilité du monde.", "2023-06-20").stream().filter(m -> m.type() == EventType.SHARED_POSITION))
            .singleElement().satisfies(m -> assertThat(m.date()).hasToString("2023-06"));
    }

    @Test
    void aQuoteOnOneSidesBackingSpokenByANatoOfficialIsNoStance() {
        assertThat(directions("« Pékin reste le principal soutien de Moscou dans cette guerre », a lancé mardi le secrétaire "
            + "général de l'Otan.")).isEmpty();
    }

    @Test
    void aQuoteOfOneSideSpokenBeforeAThirdCountrysPressIsStillItsStance() {
        assertThat(directions("« Nous soutenons fermement la Russie », a déclaré Wang Yi devant des journalistes américains."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void westernChargesThatOneSideBacksTheOtherAreNoStance() {
        assertThat(directions("Les accusations répétées des capitales occidentales contre Pékin de soutenir la Russie se multiplient."))
            .isEmpty();
    }

    @Test
    void callingOnBothPartiesToDeepenTrustIsTheCallersStance() {
        assertThat(directions("Le vice-ministre Sun Weidong a appelé les deux parties à approfondir la confiance mutuelle."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void aThirdPartyLeaderSwearingToBackOneSideInQuotesGivesTheOtherSideNoStance() {
        assertThat(directions("Selon la presse, Kim Jong-un a promis de \"soutenir sans réserve\" la Russie, alors que la Chine reste "
            + "prudente.")).isEmpty();
    }

    @Test
    void hopingToWidenCooperationWithTheOtherSideIsAStance() {
        assertThat(directions("Le ministre chinois de la Défense a exprimé son espoir d'élargir la coopération militaire avec la Russie."))
            .containsExactly(Direction.A_TO_B);
    }

    @Test
    void beingReadyToPursueTheDevelopmentOfExchangesWithTheOtherSideIsAStance() {
        assertThat(directions("Le commandant russe a assuré que la Russie était prête à poursuivre le développement des échanges "
            + "militaires avec la Chine.")).containsExactly(Direction.B_TO_A);
    }

    @Test
    void aReportOnTheDevelopmentOfTradeWithTheOtherSideIsNoStance() {
        assertThat(directions("Le développement des échanges commerciaux avec la Chine a ralenti, selon les douanes russes.")).isEmpty();
    }

    @Test
    void sanctionsForHavingBackedOneSideAreNoStanceOfTheOther() {
        assertThat(directions("Washington a frappé des entreprises de Russie, de Chine, d'Inde et de Turquie pour avoir soutenu "
            + "l'industrie de guerre de la Russie.")).isEmpty();
    }

    @Test
    void backingOneSideStrugglesToGiveIsNoStance() {
        assertThat(directions("Les sanctions pèsent, et Pékin peine à traduire en actes son soutien à Moscou.")).isEmpty();
    }

    @Test
    void speakingInFavourOfTheOtherSidesProposalIsSupport() {
        assertThat(directions("Xi Jinping s'est prononcé en faveur de la proposition russe d'une médiation.")).containsExactly(Direction.A_TO_B);
    }

    @Test
    void bothShowingTheWillToSupportEachOtherIsJoint() {
        assertThat(directions("Xi Jinping et Vladimir Poutine ont dit leur volonté de se soutenir face aux pressions.")).containsExactly(Direction.JOINT);
    }

    @Test
    void whatBothHadAgreedToWidenIsJoint() {
        assertThat(directions("D'après Moscou, Xi Jinping et Vladimir Poutine étaient convenus d'élargir leur coopération agricole."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void aThirdPartysWorryAboutOneSidesBackingIsNoStance() {
        assertThat(directions("Le ministre allemand a fait part de son inquiétude concernant le soutien apporté par Pékin à la Russie."))
            .isEmpty();
    }

    @Test
    void oneSidesBackingAsTheCauseInAnAnalysisIsNoStance() {
        assertThat(directions("Selon un responsable occidental, le soutien de la Chine permet à la Russie de produire davantage de missiles."))
            .isEmpty();
    }

    @Test
    void sayingOneWantsToStrengthenCooperationWithTheOtherSideIsACommitment() {
        assertThat(directions("Le président russe a dit vouloir renforcer la coopération militaire avec la Chine."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void bothLeadersDisplayingTheirUnderstandingIsJoint() {
        assertThat(directions("Xi Jinping et Vladimir Poutine ont affiché leur entente face aux pays occidentaux."))
            .containsExactly(Direction.JOINT);
    }

    @Test
    void callingTheOtherSidesDrillsItsSovereignRightIsSupport() {
        assertThat(directions("Dmitri Peskov a estimé que ces exercices relèvent du droit souverain de la Chine."))
            .containsExactly(Direction.B_TO_A);
    }

    @Test
    void sayingBothWillStaySideBySideIsTheSpeakersStance() {
        assertThat(directions("Le ministre chinois de la Défense a assuré que la Chine et la Russie resteront côte à côte."))
            .isNotEmpty();
    }

    @Test
    void oneSideCountingOnTheOthersSupportIsNoStatementOfTheOther() {
        assertThat(directions("Face aux sanctions, Moscou compte désormais sur le soutien de la Chine.")).isEmpty();
    }

    @Test
    void aThirdPartysWorryAboutAnIntentionToBackTheOtherSideIsNoStance() {
        assertThat(directions("Le chef de l'Otan a exprimé son inquiétude quant à l'intention de la Chine « d'armer et de soutenir "
            + "la Russie »."))
            .isEmpty();
    }

    @Test
    void aThirdLeaderOpeningTheSentenceHoldsTheAppreciationNotTheTwo() {
        assertThat(directions("Tokaïev appréciera le soutien de Xi, lui qui a pris ses distances avec le Kremlin.")).isEmpty();
    }

    @Test
    void aKnownLeaderOpeningTheSentenceStillHoldsTheStance() {
        assertThat(directions("Poutine appréciera le soutien de Xi face aux sanctions.")).isNotEmpty();
    }

    @Test
    void aThirdPartysWorryAboutTheFactThatOneSideMayBackTheOtherIsNoStance() {
        assertThat(directions("« Nous avons dit nos inquiétudes quant au fait que la Chine envisage de fournir un soutien létal "
            + "à la Russie », a-t-il déclaré.")).isEmpty();
    }

    @Test
    void aPeoplesBackingOfItsOwnLeaderIsNoStanceOfTheOtherSide() {
        assertThat(directions("Xi Jinping a estimé que la réélection de Vladimir Poutine reflète le soutien du peuple russe.")).isEmpty();
    }
}
