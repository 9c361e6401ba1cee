package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import java.util.List;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.junit.jupiter.api.Test;

/** Meetings as French pages word them, and the look-alikes that are none (third sitting), in our own words. */
class MeetingConstructionsTest {

    private static List<Mention> meetings(String text) {
        return mentionsOf(text, "2024-08-20").stream().filter(m -> m.type() == EventType.MEETING).toList();
    }

    @Test
    void aTripToTheOtherCapitalToAttendAGatheringOfMemberStatesIsNoMeeting() {
        assertThat(meetings("Le Premier ministre chinois Li Qiang est arrivé mardi à Moscou afin de participer à la session "
            + "annuelle des chefs de gouvernement des États membres de l'OCS.")).isEmpty();
    }

    @Test
    void aTripToTheOtherCapitalForTalksIsStillAMeeting() {
        assertThat(meetings("Le Premier ministre chinois Li Qiang est arrivé mardi à Moscou pour des entretiens avec "
            + "Mikhaïl Michoustine.")).isNotEmpty();
    }

    @Test
    void aVisitBySeveralOfficialsOfAThirdCountryIsNoMeetingOfTheTwo() {
        assertThat(meetings("Pékin a protesté contre la visite de plusieurs élus américains à Taïwan, a rappelé Moscou."))
            .isEmpty();
    }

    @Test
    void theirSummitNamesAMeetingOfTheTwo() {
        assertThat(meetings("Au cours de leur sommet de Pékin, M. Poutine a remercié M. Xi pour son hospitalité."))
            .singleElement().satisfies(m -> assertThat(m.participantsB()).contains("Vladimir Poutine"));
    }

    @Test
    void seeingTwoPeopleOfOneSideSeparatelyIsTwoMeetings() {
        assertThat(meetings("À Moscou, Wang Yi a vu séparément le président Vladimir Poutine et M. Lavrov."))
            .extracting(m -> m.participantsB()).containsExactlyInAnyOrder(List.of("Vladimir Poutine"), List.of("Sergueï Lavrov"));
    }

    @Test
    void aHeadlineDenyingATeteATeteIsNoMeeting() {
        assertThat(meetings("Sommet du G20 : pas de tête-à-tête entre Xi Jinping et Vladimir Poutine")).isEmpty();
    }

    @Test
    void havingSeenEachOtherIsAMeeting() {
        assertThat(meetings("Xi Jinping et Vladimir Poutine s'étaient vus en mai à Pékin.")).hasSize(1);
    }

    @Test
    void aFrontedParticipleWithItsAgentIsAMeeting() {
        assertThat(meetings("Reçu lundi au Kremlin par Vladimir Poutine, Wang Yi a parlé de l'Ukraine."))
            .singleElement().satisfies(m -> assertThat(m.participantsB()).containsExactly("Vladimir Poutine"));
    }

    @Test
    void theGatheringAnAnnouncedTripIsForIsPlannedToo() {
        assertThat(meetings("Li Qiang doit se rendre à Moscou pour coprésider avec Mikhaïl Michoustine la réunion annuelle."))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void theDayBeforeIsTheDayBeforeTheNews() {
        assertThat(mentionsOf("La veille, Wang Yi s'était entretenu à Moscou avec Sergueï Lavrov.", "2025-04-01"))
            .singleElement().satisfies(m -> assertThat(m.date()).hasToString("2025-03-31"));
    }

    @Test
    void theLastDayOfAVisitIsThatVisitNotAnEarlierOne() {
        assertThat(mentionsOf("Au dernier jour de la visite d'État de Xi Jinping en Russie, un accord a été signé.", "2023-03-22"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().satisfies(m -> assertThat(m.date()).hasToString("2023-03"));
    }

    @Test
    void meetingsCountedOverTheYearsAreNoEvent() {
        assertThat(meetings("Depuis 2013, Xi Jinping et Vladimir Poutine se sont rencontrés plus de quarante fois.")).isEmpty();
    }

    @Test
    void aPlanInTheHeadlineTakesTheDateTheLedeGivesIt() {
        assertThat(mentionsOf("""
            Xi et Poutine prévoient de se retrouver à Astana

            Xi Jinping et Vladimir Poutine prévoient de se retrouver début juillet à Astana, a indiqué le Kremlin.""", "2024-06-20"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .isNotEmpty().allSatisfy(m -> assertThat(m.date()).hasToString("2024-07"));
    }

    @Test
    void receivingCongratulationsIsNoVisit() {
        assertThat(meetings("Reconduit vendredi pour un troisième mandat, Xi Jinping a reçu les félicitations de Vladimir Poutine."))
            .isEmpty();
    }

    @Test
    void agreeingToMeetIsAPlannedMeetingNotAStance() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine sont convenus de se revoir cette année.", "2024-02-08"))
            .singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED);
            });
    }

    @Test
    void manyMeetingsOnTheSidelinesOfASummitAreNoEvent() {
        assertThat(meetings("Xi Jinping a multiplié les rencontres en marge du G20, auquel Vladimir Poutine ne s'est pas rendu."))
            .isEmpty();
    }

    @Test
    void rumoursOfATripAreNoPlan() {
        assertThat(meetings("Les rumeurs vont bon train sur un prochain voyage de Xi Jinping en Russie.")).isEmpty();
    }

    @Test
    void theMeetingsOfARegionalGroupingAreNotTheMeetingOfTheTwo() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov doivent se voir vendredi à Vientiane, en marge des réunions de "
            + "l'Association des nations de l'Asie du Sud-Est.", "2024-07-24"))
            .noneSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.OCCURRED));
    }

    @Test
    void oneCallToldWithTwoWordsIsOneMentionAtTheDateGiven() {
        assertThat(mentionsOf("Depuis, Xi Jinping et Vladimir Poutine s'étaient parlé par visioconférence à la fin décembre.",
            "2023-03-21")).singleElement().satisfies(m -> assertThat(m.date()).hasToString("2022-12"));
    }

    @Test
    void aProgrammeIsNoSchedule() {
        assertThat(mentionsOf("Les entretiens de Wang Yi avec Sergueï Lavrov ont aussi porté sur le programme spatial.", "2025-07-16"))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.OCCURRED));
    }

    @Test
    void talksScheduledForAWeekdayArePlanned() {
        assertThat(mentionsOf("Un entretien entre Xi Jinping et Vladimir Poutine est programmé jeudi.", "2025-07-14"))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void hopingToMeetIsNoPlan() {
        assertThat(meetings("Vladimir Poutine a dit qu'il espérait rencontrer Xi Jinping.")).isEmpty();
    }

    @Test
    void threeLeadersMeetingWithinAGroupingIsNoMeetingOfTheTwo() {
        assertThat(meetings("Astana : rencontre de Poutine, Xi et Tokaïev dans le cadre de l'OCS")).isEmpty();
    }

    @Test
    void aGatheringOfAScoreOfHeadsOfStateIsNoMeetingOfTheTwo() {
        assertThat(meetings("Ce sommet a réuni une vingtaine de chefs d'État, dont Vladimir Poutine et Xi Jinping.")).isEmpty();
    }

    @Test
    void theViceChairmanOfTheMilitaryCommissionIsChinasSide() {
        assertThat(meetings("À Moscou, Andreï Belooussov a reçu le général Zhang Youxia."))
            .singleElement().satisfies(m -> assertThat(m.participantsA()).containsExactly("Zhang Youxia"));
    }

    @Test
    void meetingTwiceInTwoNamedMonthsIsTwoMeetings() {
        assertThat(meetings("Xi Jinping et Vladimir Poutine se sont vus à deux reprises cette année, à Pékin en mai puis à "
            + "Astana en juillet.")).extracting(m -> m.date().toString()).containsExactly("2024-05", "2024-07");
    }

    @Test
    void theNewYearExchangeNamedInASummerTextIsOfTheComingDecember() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine échangent leurs vœux du Nouvel An.", "2025-08-10"))
            .singleElement().satisfies(m -> assertThat(m.date()).hasToString("2025-12"));
    }

    @Test
    void aCallBeforeTheLunarNewYearKeepsItsMonth() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine se téléphonent à l'approche du Nouvel An lunaire", "2024-02-08"))
            .singleElement().satisfies(m -> assertThat(m.date().toString()).startsWith("2024-02"));
    }

    @Test
    void theTwoPresidentsAreTheHeadsOfStateTheArticleNamedEvenAfterMinisters() {
        assertThat(mentionsOf("""
            Xi Jinping a adressé un message à Vladimir Poutine.

            Mercredi, Wang Yi a été reçu au Kremlin par Vladimir Poutine.

            Les deux dirigeants s'étaient vus pour la dernière fois en octobre à Pékin.""", "2024-05-16"))
            .filteredOn(m -> m.type() == EventType.MEETING && m.date().toString().equals("2023-10"))
            .singleElement().satisfies(m -> assertThat(m.participantsA()).containsExactly("Xi Jinping"));
    }

    @Test
    void noPlanOfAVisitIsNoPlannedVisit() {
        assertThat(meetings("Pékin a parlé d'échanges réguliers avec la Russie, sans confirmer aucun projet de visite.")).isEmpty();
    }

    @Test
    void aThirdCountryLeaderStartingHisStateVisitIsNoMeetingOfTheTwo() {
        assertThat(meetings("Emmanuel Macron entame sa troisième visite d'État à Pékin, où il parlera de la Russie.")).isEmpty();
    }

    @Test
    void aThirdCountryLeadersPreviousVisitIsNoMeetingOfTheTwo() {
        assertThat(meetings("Comme lors de sa précédente visite en avril 2023, Olaf Scholz espérait convaincre Xi Jinping "
            + "de peser sur Vladimir Poutine.")).isEmpty();
    }

    @Test
    void aVisitPlannedEarlierInTheMonthOfAnInferredDateStaysInThatYear() {
        assertThat(Fixture.mentionsOfUndated("""
            Xi Jinping en Russie pour le 80e anniversaire de la Victoire

            Le président chinois effectuera une visite d'État en Russie du 7 au 10 mai, a annoncé Pékin."""))
            .filteredOn(m -> m.status() == org.entente.analyze.EventStatus.PLANNED)
            .isNotEmpty().allSatisfy(m -> assertThat(m.date().year()).isEqualTo(2025));
    }

    @Test
    void talkingWithAnAdverbAfterTheReflexiveIsTalksNotTiesMaintained() {
        assertThat(mentionsOf("Le président russe s'est également entretenu au téléphone vendredi avec le président chinois.",
            "2025-08-08")).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void wishesExchangedWithTheirDateBetweenVerbAndNounAreAContact() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ont échangé, mercredi 31 décembre 2025, leurs vœux de Nouvel An.",
            "2025-12-31")).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void aThirdCountryLeaderWhoMetTheOtherSideIsNoMeetingOfTheTwo() {
        assertThat(meetings("« Ces échanges sont utiles », a dit Xi Jinping, au sujet de Donald Trump, qui avait rencontré son "
            + "homologue russe en Alaska.")).isEmpty();
    }

    @Test
    void talksOfAThirdCountrysPresidentAndOneSidesAreNoTalksOfTheTwo() {
        assertThat(mentionsOf("Biden veut empêcher Xi Jinping d'aider Vladimir Poutine Les présidents américain et chinois se "
            + "sont entretenus par téléphone vendredi.", "2022-03-18")).isEmpty();
    }

    @Test
    void aVisitTheNewsComesJustBeforeIsPlanned() {
        assertThat(meetings("Ces manœuvres ont lieu juste avant une visite de Vladimir Poutine en Chine à la fin du mois d'août."))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aVisitBeforeWhichSomethingHadHappenedIsStillPast() {
        assertThat(mentionsOf("Avant la visite de Xi Jinping à Moscou en mars, Wang Yi s'était rendu en Russie.", "2025-08-01"))
            .allSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.OCCURRED));
    }

    @Test
    void aVisitFollowedByItsScheduleIsPlanned() {
        assertThat(meetings("Xi Jinping a confirmé sa visite en Russie, prévue du 7 au 10 mai, a indiqué Pékin."))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void meetingsInTheComplementOfAFutureVerbArePlanned() {
        assertThat(meetings("Nikolaï Patrouchev participera à la 7e réunion de la coopération sino-russe en matière de sécurité "
            + "lors de sa visite en Chine, a indiqué Pékin.")).isNotEmpty()
            .allSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aSentenceOpeningWithSeparatelyTellsOneMoreMeeting() {
        assertThat(meetings("Séparément, Wang Yi et son adjoint Ma Zhaoxu ont rencontré le vice-ministre russe Andreï Roudenko."))
            .hasSize(1);
    }

    @Test
    void expressedCongratulationsAreAContact() {
        assertThat(mentionsOf("Xi Jinping a exprimé mardi ses chaleureuses félicitations à Vladimir Poutine pour sa réélection.",
            "2024-03-19")).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void findingThemselvesInAWeakPositionIsNoEncounter() {
        assertThat(meetings("Après un an de guerre, Xi Jinping et Vladimir Poutine se sont retrouvés en position de force face à l'Europe."))
            .isEmpty();
    }

    @Test
    void meetingAgainInTheOtherCapitalIsAnEncounter() {
        assertThat(meetings("Xi Jinping et Vladimir Poutine se sont retrouvés mardi dans la capitale russe.")).hasSize(1);
    }

    @Test
    void callingForTalksIsNoCall() {
        assertThat(mentionsOf("Xi Jinping a appelé au calme sur le front ukrainien, tandis que Vladimir Poutine a vanté la médiation chinoise.",
            "2024-08-20"))
            .filteredOn(m -> m.type() == EventType.CONTACT).isEmpty();
    }

    @Test
    void callingTheOtherLeaderIsACall() {
        assertThat(mentionsOf("Xi Jinping a appelé jeudi Vladimir Poutine pour lui souhaiter un bon anniversaire.", "2024-10-07"))
            .filteredOn(m -> m.type() == EventType.CONTACT).hasSize(1);
    }

    @Test
    void footageOfAWelcomeReleasedAsAVideoIsAMeetingNotAVideoCall() {
        assertThat(mentionsOf("L'armée russe a publié une vidéo montrant Andreï Belooussov reçu mardi par son homologue chinois à Pékin.",
            "2024-10-16")).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EventType.MEETING));
    }

    @Test
    void hisMeetingsWithTheOtherLeaderAreManyNotOne() {
        assertThat(meetings("Xi Jinping est revenu sur ses rencontres avec Vladimir Poutine à Moscou comme à Pékin.")).isEmpty();
    }

    @Test
    void thePossibilityOfAVisitIsNoVisit() {
        assertThat(meetings("Des médias russes ont évoqué la possibilité pour Xi Jinping de se rendre à Moscou en mai.")).isEmpty();
    }

    @Test
    void urgingTheTwoPartiesToHoldTalksIsNoTalks() {
        assertThat(meetings("Li Hui a présenté mardi le plan chinois à Sergueï Lavrov. Ce document exhorte les deux parties à tenir des "
            + "pourparlers sans conditions.")).isEmpty();
    }

    @Test
    void talksHeldOverAVideoLinkAreAContact() {
        assertThat(mentionsOf("Mardi, des négociations ont eu lieu par liaison vidéo entre Dong Jun et Andreï Belooussov.", "2024-08-20"))
            .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void theirConversationWithNoChannelIsAMeeting() {
        assertThat(meetings("Lors de sa conversation avec Xi Jinping, Vladimir Poutine a insisté sur un cessez-le-feu durable."))
            .hasSize(1);
    }

    @Test
    void theirConversationRetellsTheCallOfTheArticle() {
        assertThat(mentionsOf("""
            Xi Jinping et Vladimir Poutine se sont parlé mardi par téléphone.

            Durant leur conversation, les deux présidents ont passé en revue la situation au Proche-Orient.""", "2024-08-20"))
            .hasSize(2).allSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void agreeingToHoldTalksAnnouncesThem() {
        assertThat(meetings("Wang Yi et Sergueï Choïgou sont convenus de tenir de nouvelles consultations à l'automne."))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aFormerPresidentIsNotTheSittingOne() {
        assertThat(mentionsOf("Dmitri Medvedev, ancien président russe, a été reçu mercredi à Pékin par Xi Jinping.", "2022-12-22"))
            .singleElement().satisfies(m -> assertThat(m.participantsB()).containsExactly("Dmitri Medvedev"));
    }

    @Test
    void aVisitAFewDaysAheadIsPlanned() {
        assertThat(meetings("Li Qiang s'exprimait mardi à Pékin, à quelques jours de la visite en Chine du président russe Vladimir Poutine."))
            .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aVisitSetBeforeAFutureMainVerbIsPlanned() {
        assertThat(mentionsOf("Lors de son séjour à Pékin les 17 et 18 octobre, Vladimir Poutine assistera à un forum économique.",
            "2023-10-10")).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED);
                assertThat(m.date().toString()).startsWith("2023-10");
            });
    }

    @Test
    void aVisitSetBeforeAPastMainVerbHappened() {
        assertThat(mentionsOf("Lors de sa visite à Moscou en mars, Xi Jinping a convié Vladimir Poutine à venir en Chine.",
            "2023-05-10")).filteredOn(m -> m.status() == org.entente.analyze.EventStatus.OCCURRED)
            .singleElement().satisfies(m -> assertThat(m.date()).hasToString("2023-03"));
    }

    @Test
    void aCounterpartNamedRightAfterIsThatPersonNotTheOtherSidesLeader() {
        assertThat(meetings("Le Premier ministre russe a été reçu jeudi par Xi Jinping après un entretien avec son homologue Li Qiang."))
            .isNotEmpty().allSatisfy(m -> assertThat(m.participantsB()).doesNotContain("Vladimir Poutine"));
    }

    @Test
    void twoEncountersInOneClauseEachKeepTheirOwnPartner() {
        assertThat(meetings("Sergueï Lavrov a été reçu lundi par Xi Jinping après un long entretien avec son homologue Wang Yi."))
            .extracting(m -> m.participantsA()).containsExactlyInAnyOrder(List.of("Xi Jinping"), List.of("Wang Yi"));
    }

    @Test
    void coChairingASessionByVideoLinkIsAContact() {
        assertThat(mentionsOf("Le vice-Premier ministre chinois a coprésidé jeudi, par liaison vidéo, la réunion de la commission "
            + "avec son homologue russe.", "2024-08-20")).extracting(Mention::type).containsExactly(EventType.CONTACT);
    }

    @Test
    void whoseVisitTheTalksPrepareTakesNoPartInThem() {
        assertThat(meetings("Sergueï Lavrov a vu Wang Yi à Pékin pour préparer la venue prochaine de Vladimir Poutine."))
            .singleElement().satisfies(m -> assertThat(m.participantsB()).containsExactly("Sergueï Lavrov"));
    }

    @Test
    void callingOnCountriesToActWithAListInBetweenIsNoCall() {
        assertThat(mentionsOf("La ministre allemande a appelé les pays tiers, dont la Chine, à ne pas aider la Russie à "
            + "contourner les sanctions.", "2024-08-20")).isEmpty();
    }

    @Test
    void callingTheOtherLeaderOnTheEveOfASummitIsACall() {
        assertThat(mentionsOf("Vladimir Poutine a appelé mercredi Xi Jinping, à la veille du sommet.", "2024-08-20"))
            .extracting(Mention::type).containsExactly(EventType.CONTACT);
    }

    @Test
    void aVideoCallBeforeASubjectWhoThenReceivesAVisitorLeavesTheReceptionAMeeting() {
        assertThat(mentionsOf("Après un entretien en visioconférence avec Moscou, Xi Jinping a reçu Sergueï Lavrov lundi à Pékin.",
            "2024-08-20")).extracting(Mention::type).contains(EventType.MEETING);
    }

    @Test
    void comingToTheOtherCountryInAReportedConditionalIsAPlannedVisit() {
        assertThat(meetings("Le Kremlin a annoncé que Xi Jinping viendrait en Russie au printemps.")).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aStateCouncillorAndAVicePremierWhoChairedASessionTogetherMet() {
        assertThat(meetings("La conseillère d'État chinoise et la vice-Première ministre russe ont présidé ensemble mardi à Pékin "
            + "la session annuelle du comité culturel.")).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.OCCURRED));
    }

    @Test
    void twoMonthsJoinedAreTwoMeetings() {
        assertThat(meetings("Les deux présidents Xi Jinping et Vladimir Poutine se sont vus en mars et en juillet."))
            .extracting(m -> m.date().toString()).containsExactlyInAnyOrder("2024-03", "2024-07");
    }

    @Test
    void havingTravelledToTheOtherCapitalIsAVisit() {
        assertThat(meetings("Le mois dernier, Xi Jinping s'était déplacé à Moscou.")).singleElement()
            .satisfies(m -> assertThat(m.participantsA()).containsExactly("Xi Jinping"));
    }

    @Test
    void thePresidentialAideWhoReportsACallTakesNoPartInIt() {
        assertThat(mentionsOf("« Le dirigeant chinois a soutenu cette idée lors de leur conversation téléphonique », a précisé "
            + "Iouri Ouchakov, conseiller du Kremlin.", "2025-06-20")).allSatisfy(m -> assertThat(m.participantsB())
            .doesNotContain("Iouri Ouchakov"));
    }

    @Test
    void aThirdCountrysPremierMeetingOneSideAfterVisitingTheOtherIsNoMeetingOfTheTwo() {
        assertThat(meetings("Le Premier ministre hongrois a vu ce mardi 9 juillet le président chinois Xi Jinping à Pékin, peu après "
            + "son passage à Moscou, où le dirigeant hongrois s'était entretenu avec Vladimir Poutine de l'Ukraine.")).isEmpty();
    }

    @Test
    void aCounterpartNamedByANameTheDictionaryDoesNotKnowIsAThirdParty() {
        assertThat(meetings("Xi Jinping a loué la Hongrie lors de sa rencontre avec son homologue Tamas Sulyok.")).isEmpty();
    }

    @Test
    void anEventGatheringFourOrMoreNamedStatesIsNoMeetingOfTheTwo() {
        assertThat(meetings("La conférence, ouverte par Sergueï Choïgou, a réuni des délégués de la Russie, de la Chine, de l'Iran, "
            + "du Brésil et de l'Égypte.")).isEmpty();
    }

    @Test
    void talksDuringWhichTheyWillDiscussAreAhead() {
        assertThat(meetings("Au programme, des discussions avec son homologue chinois Xi Jinping, au cours desquelles les deux "
            + "présidents évoqueront l'énergie.")).isNotEmpty()
            .allSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void condolencesToTheOtherLeaderAreAContact() {
        assertThat(mentionsOf("Vladimir Poutine a présenté mardi ses condoléances à Xi Jinping après le séisme.", "2023-12-20"))
            .extracting(Mention::type).containsExactly(EventType.CONTACT);
    }

    @Test
    void aSecondMonthWithoutItsOwnPrepositionIsASecondMeeting() {
        assertThat(meetings("Les deux présidents Xi Jinping et Vladimir Poutine se sont vus en mars et juillet."))
            .extracting(m -> m.date().toString()).containsExactlyInAnyOrder("2024-03", "2024-07");
    }

    @Test
    void aMeetingOfDiplomatsOfFourStatesJoinedByMaisAussiIsAGathering() {
        assertThat(meetings("Une réunion sur le Proche-Orient se tiendra avec des diplomates de Chine, de Russie, de Turquie "
            + "mais aussi du Qatar.")).isEmpty();
    }

    @Test
    void oneSidesMeetingWithAThirdCountrysEnvoyToldDuringACallIsNoMeetingOfTheTwo() {
        assertThat(meetings("Pendant leur appel, Vladimir Poutine a résumé à Xi Jinping sa rencontre avec l'émissaire américain.")).isEmpty();
    }

    @Test
    void aVisitOneSideAnnouncedIsPlanned() {
        assertThat(meetings("Vladimir Poutine a annoncé une visite de Xi Jinping en Russie au printemps.")).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void actorsOfAContrastingClauseDoNotMakeAVisitAMeetingOfTheTwo() {
        assertThat(meetings("La visite a lieu alors que la Chine est critiquée pour ses liens avec Moscou.")).isEmpty();
    }

    @Test
    void theProgrammeOfAVisitIsAPlan() {
        assertThat(meetings("Le conseiller du Kremlin a présenté le programme de la visite de Vladimir Poutine en Chine.")).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void havingTalkedWithTheOtherSidesPartyOfficialIsAMeeting() {
        assertThat(meetings("Nikolaï Patrouchev s'est exprimé après s'être entretenu mardi avec Guo Shengkun à Moscou.")).singleElement()
            .satisfies(m -> assertThat(m.participantsA()).containsExactly("Guo Shengkun"));
    }

    @Test
    void anInterviewGivenToTheOtherSidesPressIsNoMeeting() {
        assertThat(meetings("Xi Jinping recevra Vladimir Poutine jeudi à Pékin.\n\nLa veille, dans un entretien accordé au quotidien "
            + "chinois Renmin Ribao, le président russe a loué l'amitié entre les deux pays."))
            .allSatisfy(m -> assertThat(m.status()).isEqualTo(org.entente.analyze.EventStatus.PLANNED));
    }

    @Test
    void aMeetingOfAThirdPartyNamedAsTheSubjectIsNoneOfTheTwo() {
        assertThat(meetings("Jake Sullivan a affirmé lors d'une conférence de presse après sa réunion avec Wang Yi, tenue en marge de "
            + "l'Assemblée générale des Nations unies à New York, que près de 80% des puces achetées par la Russie provenaient de Chine."))
            .isEmpty();
    }

    @Test
    void aThirdPartyLeaderNamedAfterAFrontedPhraseHoldsTheTalks() {
        assertThat(meetings("Au sommet d'Astana, Tokaïev a eu des entretiens avec des dirigeants comme le président chinois Xi Jinping "
            + "et le président russe Vladimir Poutine.")).isEmpty();
    }

    @Test
    void aVisitByTheHeadOfEuropeanDiplomacyIsNoMeetingOfTheTwo() {
        assertThat(meetings("Le chef de la politique étrangère de l'UE a pressé la Chine, lors d'un séjour de trois jours dans le pays, "
            + "de peser sur la Russie.")).isEmpty();
    }

    @Test
    void aVisitByTheSecretaryGeneralOfNatoIsNoMeetingOfTheTwo() {
        assertThat(meetings("Lors de sa visite à Pékin, le secrétaire général de l'Otan a mis la Chine en garde contre son aide à la Russie."))
            .isEmpty();
    }

    @Test
    void theLeadersOfTheEuropeanUnionMeetingTheChineseAreNoMeetingOfTheTwo() {
        assertThat(meetings("Les dirigeants de l'Union européenne rencontreront leurs homologues chinois à Pékin, alors que la Russie "
            + "poursuit sa guerre.")).isEmpty();
    }
}
