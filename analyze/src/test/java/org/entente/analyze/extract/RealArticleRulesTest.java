package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.extract.Fixture.mentionsOf;

import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/** Constructions seen in real news pages (codebook, "Real articles"), in our own words. */
class RealArticleRulesTest {

    @Test
    void talksRetellingAVideoCallOfTheArticleAreThatCall() {
        assertThat(mentionsOf("""
            Le président chinois Xi Jinping et son homologue russe Vladimir Poutine se sont entretenus mardi par liaison vidéo.

            Lors de leurs discussions, les deux dirigeants ont passé en revue la coopération bilatérale.""", "2024-01-20"))
            .filteredOn(m -> m.type() != EventType.SHARED_POSITION)
            .isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CONTACT));
    }

    @Test
    void talksStayAMeetingWhenTheArticleReportsNoCall() {
        assertThat(mentionsOf("Lors de leurs discussions à Pékin, Wang Yi et Sergueï Lavrov ont passé en revue la coopération.",
            "2024-04-09"))
            .filteredOn(m -> m.type() != EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::type).isEqualTo(EventType.MEETING);
    }

    @Test
    void talksWithOtherParticipantsThanTheCallStayAMeeting() {
        assertThat(mentionsOf("""
            Xi Jinping et Vladimir Poutine se sont parlé au téléphone lundi.

            Le lendemain, Wang Yi s'est entretenu à Moscou avec Sergueï Lavrov.""", "2024-04-09"))
            .extracting(Mention::type).containsExactly(EventType.CONTACT, EventType.MEETING);
    }

    @Test
    void aVisitInvitedToDuringACallIsPlannedAndTheCallItselfOccurred() {
        assertThat(mentionsOf("""
            Xi Jinping et Vladimir Poutine se sont parlé au téléphone mercredi.

            Lors de cet appel, Xi Jinping a invité son homologue à se rendre en Chine en octobre.""", "2023-09-20"))
            .anySatisfy(m -> {
                assertThat(m.type()).isEqualTo(EventType.CONTACT);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            })
            .noneSatisfy(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            });
    }

    @Test
    void anInvitationNamingTheGuestMakesTheVisitPlannedForItsMonth() {
        assertThat(mentionsOf("Lors de leur entretien téléphonique, Xi Jinping a invité Vladimir Poutine à se rendre en Chine en octobre.",
            "2023-09-20"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2023-10"));
            });
    }

    @Test
    void attendingTheSameMultilateralMeetingIsNoMeeting() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov ont tous deux assisté à la réunion du G20 à Rio.", "2024-07-26")).isEmpty();
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitStillCounts() {
        assertThat(mentionsOf("Xi Jinping a rencontré Vladimir Poutine en marge du sommet de l'OCS à Astana.", "2024-07-04"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.MEETING);
    }

    @Test
    void aPluperfectVisitToTheOtherCapitalIsABackgroundMeetingAtItsOwnDate() {
        assertThat(mentionsOf("Xi Jinping s'était rendu à Moscou en mars 2023 pour une visite d'État.", "2024-05-16"))
            .singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2023-03"));
            });
    }

    @Test
    void weeksBeforeAReferenceEventDateABackgroundMeeting() {
        assertThat(mentionsOf("Trois semaines avant l'invasion de l'Ukraine, Xi Jinping et Vladimir Poutine s'étaient rencontrés à Pékin.",
            "2023-03-21"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02"));
    }

    @Test
    void monthsAgoDateABackgroundReception() {
        assertThat(mentionsOf("Il y a six mois, Wang Yi avait reçu à Pékin le secrétaire du Conseil de sécurité russe Nikolaï Patrouchev.",
            "2023-03-21"))
            .singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(EventType.MEETING);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2022-09"));
            });
    }

    @Test
    void theSupportOfASideAfterTheNounIsThatSidesSupport() {
        assertThat(mentionsOf("Xi a assuré Poutine du soutien de la Chine.", "2025-02-25"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void aVisitAnnouncedWithAFutureVerbIsPlanned() {
        assertThat(mentionsOf("Le président chinois effectuera une visite d'État en Russie du 7 au 10 mai.", "2025-05-04"))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2025-05"));
            });
    }

    @Test
    void maintainingTiesIsNoMeeting() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine entretiennent une relation personnelle étroite.", "2025-01-10"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void aCallToACounterpartOfAThirdCountryIsNoContactWithTheOtherSide() {
        assertThat(mentionsOf("""
            Vladimir Poutine a salué la position de la Chine.

            Xi Jinping a téléphoné mercredi à son homologue ukrainien.""", "2023-04-27"))
            .filteredOn(m -> m.type() == EventType.CONTACT).isEmpty();
    }

    @Test
    void talksWithAThirdCountryToldDuringACallAreNoMeeting() {
        assertThat(mentionsOf("Lors de leur appel téléphonique, Vladimir Poutine a informé Xi Jinping des pourparlers avec les États-Unis.",
            "2025-02-25"))
            .extracting(Mention::type).containsExactly(EventType.CONTACT);
    }

    @Test
    void urgingASideToStopSupportingTheOtherIsNoStance() {
        assertThat(mentionsOf("Washington demande à la Chine de cesser de soutenir la Russie.", "2024-04-20")).isEmpty();
    }

    @Test
    void beingReadyToDeepenTiesWithTheOtherSideIsAStance() {
        assertThat(mentionsOf("Wang Yi a affirmé que Pékin était prêt à approfondir ses échanges avec Moscou dans tous les domaines.",
            "2023-02-22"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void seekingDeeperTiesIsAnEffortNotAStance() {
        assertThat(mentionsOf("Le Kremlin a cherché à approfondir ses liens avec Pékin.", "2023-02-22")).isEmpty();
    }

    @Test
    void thePointsOfAJointCommuniqueAreTheJointPositionOnly() {
        assertThat(mentionsOf("Dans un communiqué conjoint, les deux dirigeants ont affiché leur entente, Moscou rejetant "
            + "l'indépendance de Taïwan et la Chine apportant son soutien à la Russie face à l'Otan.", "2022-02-05"))
            .extracting(Mention::direction).containsExactly(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void aMeetingAnnouncedInARelativeClauseInTheFutureIsPlanned() {
        assertThat(mentionsOf("Le sommet s'ouvre demain, mais c'est la rencontre entre Xi Jinping et Vladimir Poutine "
            + "de jeudi qui sera la plus suivie.", "2022-09-13"))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aVisitToAThirdCountrysCapitalIsNoMeetingOfTheTwo() {
        assertThat(mentionsOf("Alors que Zelensky se rend à Washington, Poutine envoie un émissaire à Pékin.", "2022-12-21"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void aThirdCountrysCallAboutTheTwoStatesIsNoContactBetweenThem() {
        assertThat(mentionsOf("Le président américain a mis en garde contre un soutien de la Chine à la Russie lors d'un appel vidéo.",
            "2022-03-19"))
            .filteredOn(m -> m.type() == EventType.CONTACT).isEmpty();
    }

    @Test
    void aNewYearMessageToTheOtherSideIsAContact() {
        assertThat(mentionsOf("Le président chinois a souhaité mardi la paix dans un message de Nouvel An adressé à Vladimir Poutine.",
            "2024-12-31"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void aMeetingInAFrontedPhraseIsDatedByTheMainClause() {
        assertThat(mentionsOf("À l'issue de leur entrevue au Kremlin, Xi Jinping et Vladimir Poutine ont affirmé le 21 mars "
            + "que leurs relations étaient solides.", "2023-04-05"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2023-03-21"));
    }

    @Test
    void theSpeakersNamedInAnAppositionTakePartInACallToldInAFrontedPhrase() {
        assertThat(mentionsOf("Lors d'un entretien téléphonique, les chefs de la diplomatie, Sergueï Lavrov et Qin Gang, "
            + "ont dénoncé les sanctions.", "2023-01-20"))
            .filteredOn(m -> m.type() == EventType.CONTACT)
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Qin Gang");
                assertThat(m.participantsB()).containsExactly("Sergueï Lavrov");
            });
    }

    @Test
    void aDateAfterACommaAtTheEndOfTheSentenceDatesTheStance() {
        assertThat(mentionsOf("Le président chinois a affiché un front uni avec Vladimir Poutine, il y a deux semaines à Moscou.",
            "2023-04-05"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2023-03"));
    }

    @Test
    void aTripAbroadWithNoDestinationOfTheOtherSideIsNoVisitToIt() {
        assertThat(mentionsOf("""
            Xi Jinping et Vladimir Poutine se verront jeudi.

            M. Xi, qui effectue son premier voyage à l'étranger depuis la pandémie, compte renforcer sa stature.""", "2022-09-13"))
            .filteredOn(m -> m.status() == EventStatus.OCCURRED).isEmpty();
    }

    @Test
    void anOccurredEventTakesTheDateNearestItsTrigger() {
        assertThat(mentionsOf("Poutine a accepté de venir à Pékin en octobre, là où Xi Jinping s'était rendu à Moscou en mars.",
            "2023-07-20"))
            .filteredOn(m -> m.status() == EventStatus.OCCURRED)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2023-03"));
    }

    @Test
    void callingSomethingTheOtherSidesInternalAffairBacksTheOtherSide() {
        assertThat(mentionsOf("« C'est une question des affaires intérieures de la Russie », a déclaré dimanche le ministère "
            + "des Affaires étrangères à Pékin.", "2023-06-25"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void aTripSomeoneIsUncertainToMakeIsNoEvent() {
        assertThat(mentionsOf("Il n'était pas certain que Vladimir Poutine et Xi Jinping se rendraient à Bali pour y prendre part aux discussions.",
            "2022-08-20")).isEmpty();
    }

    @Test
    void theAnnouncementOfAVisitIsAPlannedVisit() {
        assertThat(mentionsOf("L'annonce de la visite de Xi Jinping en Russie a été faite vendredi.", "2023-03-17"))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aCallBetweenOneSideAndAThirdCountryIsNoContactWithTheOtherSide() {
        assertThat(mentionsOf("La visite en Russie intervient au lendemain d'un entretien téléphonique entre les ministres "
            + "chinois et ukrainien des Affaires étrangères.", "2023-03-17"))
            .filteredOn(m -> m.type() == EventType.CONTACT).isEmpty();
    }

    @Test
    void aPersonNamedInASinceClauseIsNotAParticipant() {
        assertThat(mentionsOf("La visite du chef de la diplomatie chinoise, la première depuis que Vladimir Poutine a lancé "
            + "l'invasion, a suscité des critiques.", "2023-02-22"))
            .allSatisfy(m -> assertThat(m.participantsB()).doesNotContain("Vladimir Poutine"));
    }

    @Test
    void bothSidesAccusingAThirdPartyOfMeddlingIsAJointStance() {
        assertThat(mentionsOf("Pékin et Moscou accusent l'Occident de se mêler de leurs affaires intérieures.", "2023-01-20"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void oneSidesQuoteOnMutualRespectIsNoJointStance() {
        assertThat(mentionsOf("« Nos relations reposent sur le respect mutuel », a déclaré Vladimir Poutine, en visite à Pékin.",
            "2024-05-16"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION).isEmpty();
    }

    @Test
    void urgingTheOtherSideToWorkTogetherIsAStanceTowardIt() {
        assertThat(mentionsOf("La Russie a appelé hier la Chine à travailler ensemble face aux ingérences extérieures.", "2024-07-26"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void aVisitNamedAsTheSettingOfAPlannedSigningIsPlanned() {
        assertThat(mentionsOf("Vladimir Poutine et Xi Jinping vont signer, lors de la visite en Russie du président chinois "
            + "la semaine prochaine, une déclaration commune.", "2023-03-17"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void bothLeadersInALedeAreTheOnesTheNextSentenceNames() {
        assertThat(mentionsOf("""
            À cette occasion, les deux chefs d'État se sont engagés à renforcer la confiance mutuelle.

            Xi Jinping a reçu Vladimir Poutine au Grand Palais du peuple.""", "2022-02-04"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void cosigningADeclarationIsAJointStance() {
        assertThat(mentionsOf("Vendredi, Vladimir Poutine et Xi Jinping ont cosigné une déclaration politique.", "2022-02-04"))
            .singleElement().satisfies(m -> {
                assertThat(m.direction()).isEqualTo(org.entente.analyze.Direction.JOINT);
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
            });
    }

    @Test
    void aDeclarationTheyAreToSignIsAPlannedJointStance() {
        assertThat(mentionsOf("Xi Jinping doit signer deux déclarations conjointes avec Vladimir Poutine.", "2025-05-05"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void sharingACommitmentIsAJointStance() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov partagent leur engagement en faveur d'un monde multipolaire.", "2023-09-20"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void talksThatTheSentenceCallsAMeetingStayAMeetingBesideACall() {
        assertThat(mentionsOf("""
            Xi Jinping a eu lundi une conversation téléphonique avec Vladimir Poutine.

            Li Qiang et Mikhaïl Michoustine se sont entretenus jeudi à Kazan lors d'une rencontre de trois heures.""", "2024-10-25"))
            .extracting(Mention::type).containsExactly(EventType.CONTACT, EventType.MEETING);
    }

    @Test
    void aCallWithTheOtherSidesTitledOfficeHolderIsAContact() {
        assertThat(mentionsOf("Xi Jinping a eu une conversation téléphonique avec le Premier ministre russe Mikhaïl Michoustine.",
            "2024-12-10"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void aThirdCountrysEnvoyTravellingToOneSideIsNoMeetingOfTheTwo() {
        assertThat(mentionsOf("Blinken se rendra en Chine la semaine prochaine pour parler de l'aide à la Russie.", "2024-04-20"))
            .isEmpty();
    }

    @Test
    void aVisitWhoseTravellerIsNamedAfterTheFrontedPhraseIsThatTravellersVisit() {
        assertThat(mentionsOf("Lors de sa visite en Chine, Emmanuel Macron a demandé à Xi Jinping de raisonner la Russie.", "2023-04-07"))
            .isEmpty();
    }

    @Test
    void anUndatedPhotoCaptionGivesNoMeetingDatedToTheArticle() {
        assertThat(mentionsOf("Vladimir Poutine et Xi Jinping lors d'une rencontre à Pékin. (Photo : Sputnik / AFP)", "2024-07-03"))
            .isEmpty();
    }

    @Test
    void aDatedPhotoCaptionIsAMeetingAtItsDate() {
        assertThat(mentionsOf("Vladimir Poutine et Xi Jinping lors de leur rencontre à Pékin, le 4 février 2022. (AFP)", "2024-07-03"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02-04"));
    }

    @Test
    void mutualPlansToVisitAreNoJointStance() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ont confirmé leurs projets mutuels de visite à Pékin et à Moscou.", "2025-08-09"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION).isEmpty();
    }

    @Test
    void aSupportWordBacksOnlyTheActorOfItsOwnPhrase() {
        assertThat(mentionsOf("Pékin dit qu'il soutient la paix, mais il n'a pas condamné l'offensive de la Russie.", "2022-03-01"))
            .isEmpty();
    }

    @Test
    void anExpectedVisitorIsAPlannedVisit() {
        assertThat(mentionsOf("Sergueï Lavrov est attendu à Pékin lundi.", "2024-04-05"))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void congratulatingTheOtherSidesLeaderIsAContact() {
        assertThat(mentionsOf("Xi Jinping a félicité Vladimir Poutine pour sa réélection.", "2024-03-18"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void beingPleasedIsNoCongratulation() {
        assertThat(mentionsOf("Vladimir Poutine s'est félicité des progrès de la coopération avec Xi Jinping.", "2024-03-18"))
            .filteredOn(m -> m.type() == EventType.CONTACT).isEmpty();
    }

    @Test
    void denouncingAThirdPartysMovesAgainstTheOtherSideBacksIt() {
        assertThat(mentionsOf("Sergueï Lavrov a dénoncé les provocations américaines contre la Chine.", "2024-03-18"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void aBackgroundMeetingWithNoDateIsKnownOnlyToTheYear() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine s'étaient déjà rencontrés à Pékin.", "2024-05-16"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024"));
    }

    @Test
    void meetingsOfTheSamePeopleOnConsecutiveDaysAreOneStay() {
        assertThat(org.entente.analyze.extract.Fixture.ANALYZER.analyze(new org.entente.ingest.Article("t", "t.txt", "", """
            Xi Jinping a eu lundi un entretien informel avec Vladimir Poutine au Kremlin.

            Mardi, Xi Jinping a rencontré Vladimir Poutine pour des pourparlers officiels.""",
            org.entente.ingest.ArticleDate.of(PartialDate.parse("2023-03-22"), org.entente.ingest.DateSource.HEADER), "", "", "0"))
            .mentions())
            .extracting(Mention::date).containsOnly(PartialDate.parse("2023-03"));
    }

    @Test
    void aDayAfterAnInferredArticleDateStaysInThatYear() {
        org.entente.ingest.Article article = new org.entente.ingest.Article("t", "t.txt", "", """
            Les dirigeants avaient fait le point lors du sommet de mai 2024.

            Le 10 juin, Sergueï Lavrov a rencontré Wang Yi à Nijni Novgorod.""",
            org.entente.ingest.ArticleDate.of(PartialDate.parse("2024-05"), org.entente.ingest.DateSource.INFERRED), "", "", "0");
        assertThat(org.entente.analyze.extract.Fixture.ANALYZER.analyze(article).mentions())
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024-06-10"));
    }

    @Test
    void aBareVisitNounBesideAnAnnouncedVisitIsThatPlannedVisit() {
        assertThat(mentionsOf("Xi Jinping se rendra en Russie la semaine prochaine pour y rencontrer Vladimir Poutine, "
            + "sa première visite d'État depuis quatre ans.", "2023-03-15"))
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aPositionSupportedByTheOtherSideInThePassiveIsThatSidesStance() {
        assertThat(mentionsOf("La position de Pékin, soutenue par la Russie, est connue.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void backingADialogueBetweenTheOtherSideAndAThirdIsNoStanceTowardIt() {
        assertThat(mentionsOf("La Chine a apporté son soutien mardi à un dialogue direct entre la Russie et l'Ukraine.", "2025-05-13"))
            .isEmpty();
    }

    @Test
    void arguingThatIsNotBacking() {
        assertThat(mentionsOf("Il a soutenu que la Russie et la Chine développent leurs échanges.", "2024-10-02"))
            .filteredOn(m -> m.direction() != org.entente.analyze.Direction.JOINT).isEmpty();
    }

    @Test
    void aCommitmentToWorkWithTheOtherSideIsDirectedEvenWhenItNamesMutualTrust() {
        assertThat(mentionsOf("La Chine est disposée à travailler avec la Russie pour approfondir la confiance mutuelle, a dit Wang Yi.",
            "2024-10-02"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void remarksAreNoProposalToMeet() {
        assertThat(mentionsOf("Wang Yi a promis de renforcer les relations, selon des propos traduits lors de la rencontre avec Sergueï Lavrov.",
            "2024-03-10"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aThirdCountrysMinisterWelcomingOneSideIsNoMeetingOfTheTwo() {
        assertThat(mentionsOf("""
            Wang Yi a reçu Sergueï Lavrov à Pékin la semaine dernière.

            À son arrivée à Conakry, Sergueï Lavrov a été accueilli par son homologue guinéen.""", "2024-06-04"))
            .hasSize(1);
    }

    @Test
    void aThirdCountrysMinistersTripToOneSideIsNoMeetingEvenWhenToldTwice() {
        assertThat(mentionsOf("Le ministre marocain, Nasser Bourita se rendra à Pékin samedi pour une visite de deux jours.", "2025-09-12"))
            .isEmpty();
    }

    @Test
    void meetingsInThePluralWithAPossessiveAreNoSingleMeeting() {
        assertThat(mentionsOf("« Le consensus atteint lors de mes rencontres avec le président russe sera appliqué », a dit Xi Jinping.",
            "2024-10-02"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void aStayAcrossTwoMonthsIsDatedByTheMonthItBegan() {
        assertThat(mentionsOf("Du 31 mars au 1er avril, Wang Yi a effectué une visite officielle à Moscou.", "2025-04-03"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2025-03"));
    }

    @Test
    void givingEachOtherSupportIsAJointStance() {
        assertThat(mentionsOf("Choïgou et Li Shangfu ont appelé à développer les relations en s'offrant chacun à l'autre un soutien fort.",
            "2023-04-18"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void anAdverbInsideTheCompoundPastStillReportsTheVisit() {
        assertThat(mentionsOf("Xi Jinping s'est ainsi rendu en mars à Moscou.", "2023-07-20"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2023-03"));
    }

    @Test
    void hisTalksWithTheOtherSideAreOneMeeting() {
        assertThat(mentionsOf("Wang Yi a ouvert ses entretiens avec Sergueï Lavrov en saluant leur coopération.", "2023-09-18"))
            .filteredOn(m -> m.type() == EventType.MEETING).hasSize(1);
    }

    @Test
    void talksScheduledLaterInTheClauseArePlanned() {
        assertThat(mentionsOf("Un entretien entre Xi Jinping et Vladimir Poutine est programmé mercredi.", "2023-09-15"))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2023-09-20"));
            });
    }

    @Test
    void aQuoteClosedBeforeItsSpeakerIsThatSpeakersViewNotAJointStance() {
        assertThat(mentionsOf("""
            « La coopération entre nos deux pays est exemplaire.

            Elle repose sur le respect mutuel », a déclaré Vladimir Poutine, en visite à Pékin.""", "2024-05-16"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION).isEmpty();
    }

    @Test
    void theTwoSidesOfATieAreNotTwoSpeakers() {
        assertThat(mentionsOf("Alors que les relations entre la Chine et la Russie sont au plus haut, le président russe a souligné leur stabilité.",
            "2024-10-02"))
            .filteredOn(m -> m.direction() == org.entente.analyze.Direction.JOINT).isEmpty();
    }

    @Test
    void backingADialogueTheOtherSideTakesPartInIsNoStanceTowardIt() {
        assertThat(mentionsOf("La Chine soutient un dialogue direct entre Moscou et Kiev.", "2025-05-13")).isEmpty();
    }

    @Test
    void wishesForTheComingYearAreDatedWhenSentNotByTheYearWishedFor() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ont échangé leurs vœux pour l'année 2025.", "2024-12-31"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024-12"));
    }

    @Test
    void aNewYearMessageReportedInJanuaryWasSentInDecember() {
        assertThat(mentionsOf("Dans un message du Nouvel An adressé à Vladimir Poutine, Xi Jinping a salué leurs liens.", "2025-01-01"))
            .filteredOn(m -> m.type() == EventType.CONTACT)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024-12"));
    }

    @Test
    void leadersGatheredAtASummitDidNotMeetApart() {
        assertThat(mentionsOf("Réunis lundi lors d'un sommet en Eurasie, Xi Jinping et Vladimir Poutine ont critiqué l'Occident.",
            "2025-09-02"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void talksBetweenOneSideAndAThirdAreNoMeetingOfTheTwo() {
        assertThat(mentionsOf("La Chine a proposé un plan de paix appelant à des pourparlers directs entre Moscou et Kiev.", "2024-05-16"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void theUnfailingSupportOfASideIsThatSidesSupport() {
        assertThat(mentionsOf("Wang Yi a assuré son homologue russe du soutien indéfectible de Pékin.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void defendingTheOtherSideIsAStance() {
        assertThat(mentionsOf("Le Kremlin a défendu la Chine face aux accusations américaines.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void callingTogetherForACeasefireIsAJointStanceNotACall() {
        assertThat(mentionsOf("Pékin et Moscou ont appelé ensemble à un cessez-le-feu.", "2024-03-10"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.SHARED_POSITION);
    }

    @Test
    void bothSidesOpposingInterferenceIsAJointStance() {
        assertThat(mentionsOf("Moscou et Pékin s'opposent à toute ingérence dans leurs affaires intérieures.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void promisingTogetherAMultipolarWorldIsAJointStance() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ont promis de bâtir un monde multipolaire.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void aConversationByVideoIsAContact() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine ont eu une conversation par vidéo.", "2024-03-20"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void aMeetingThatIsNotRuledOutIsNoEvent() {
        assertThat(mentionsOf("Une rencontre entre Xi Jinping et Vladimir Poutine n'est pas exclue.", "2024-03-20")).isEmpty();
    }

    @Test
    void talksWithAThirdCountrysCounterpartAreNoMeetingWithTheOtherSide() {
        assertThat(mentionsOf("Le président chinois s'est entretenu le 26 avril avec son homologue ukrainien, pour la première fois "
            + "depuis l'offensive de la Russie de Vladimir Poutine.", "2023-04-27")).isEmpty();
    }

    @Test
    void sayingTheOtherSideHasTheRightToActBacksIt() {
        assertThat(mentionsOf("La Chine a le droit de protéger sa souveraineté, a déclaré mardi la Russie.", "2022-08-02"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void aThirdCountryOfficialsVisitIsNoMeeting() {
        assertThat(mentionsOf("Moscou a dénoncé la visite de la présidente de la Chambre des représentants américaine à Taïwan.",
            "2022-08-02"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void theVisitOfTheOtherSidesOfficeHolderIsAMeeting() {
        assertThat(mentionsOf("Xi Jinping a salué la visite du Premier ministre russe Mikhaïl Michoustine à Pékin.", "2023-05-24"))
            .filteredOn(m -> m.type() == EventType.MEETING).hasSize(1);
    }

    @Test
    void aDeclarationTheLeaderIsToSignWithTheOtherSideIsAPlannedJointStance() {
        assertThat(mentionsOf("""
            Xi Jinping est attendu à Moscou mercredi.

            Il doit y signer deux déclarations conjointes avec Vladimir Poutine.""", "2025-05-05"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().satisfies(m -> {
                assertThat(m.direction()).isEqualTo(org.entente.analyze.Direction.JOINT);
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
            });
    }

    @Test
    void aLeaderReceivedInTheOtherCapitalMetItsSide() {
        assertThat(mentionsOf("Vladimir Poutine, reçu en grande pompe à Pékin le mois dernier, a salué l'amitié entre les deux pays.",
            "2022-03-10"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02"));
    }

    @Test
    void severalDaysOfConsultationsAreOneMeeting() {
        assertThat(mentionsOf("Wang Yi a entamé lundi plusieurs jours de consultations avec des responsables russes.", "2023-09-20"))
            .filteredOn(m -> m.type() == EventType.MEETING).hasSize(1);
    }

    @Test
    void theVisitDuringWhichAPastInvitationWasMadeHappened() {
        assertThat(mentionsOf("Xi Jinping a étendu l'invitation à Vladimir Poutine lors de sa visite d'État à Moscou en mars.",
            "2023-07-20"))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.OCCURRED);
                assertThat(m.date()).isEqualTo(PartialDate.parse("2023-03"));
            });
    }

    @Test
    void aPluperfectDatedByTheDayBeforeIsPartOfTheNews() {
        assertThat(mentionsOf("La veille, Wang Yi avait été reçu par Nikolaï Patrouchev.", "2023-02-22"))
            .singleElement().extracting(Mention::date).isNotEqualTo(PartialDate.parse("2023"));
    }

    @Test
    void leadersMeetingAtAGatheringOfManyStatesStillMeet() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov doivent se retrouver en avril lors d'une réunion de l'OCS.", "2025-03-03"))
            .singleElement().extracting(Mention::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void reachingAConsensusTogetherIsAJointStance() {
        assertThat(mentionsOf("Wang Yi et Sergueï Lavrov sont parvenus à un consensus sur la sécurité régionale.", "2024-03-10"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void sayingTaiwanIsPartOfChinaBacksChina() {
        assertThat(mentionsOf("La Russie a déclaré que Taïwan fait partie intégrante de la Chine.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.B_TO_A);
    }

    @Test
    void beingCriticisedForBackingTheOtherSideIsNoStance() {
        assertThat(mentionsOf("Pékin est critiqué par les Occidentaux pour avoir soutenu la Russie pendant la guerre.", "2024-03-10"))
            .isEmpty();
    }

    @Test
    void aThirdCountryOfficialsWordsAboutTheTwoAreNoStance() {
        assertThat(mentionsOf("« Nous visons les entreprises chinoises qui soutiennent l'industrie de guerre de la Russie », "
            + "a déclaré le secrétaire d'Etat américain à la presse.", "2024-03-10")).isEmpty();
    }

    @Test
    void aSidesFutureTenseAboutTiesWithTheOtherIsACommitment() {
        assertThat(mentionsOf("La Chine développera sans relâche ses relations avec la Russie, a dit l'ambassadeur chinois.", "2024-03-10"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void anExplicitDayInsideAnOccasionPhraseDatesTheEvent() {
        assertThat(mentionsOf("Peu avant l'ouverture des Jeux olympiques d'hiver, vendredi 4 février, Xi Jinping a reçu Vladimir Poutine.",
            "2022-02"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02-04"));
    }

    @Test
    void aMeetingTheArticleCallsThisMeetingKeepsTheDateOfTheOneItRetells() {
        assertThat(mentionsOf("""
            Xi Jinping a reçu mardi 2 septembre Vladimir Poutine à Pékin.

            Cette rencontre a lieu pendant une visite du président russe en Chine commencée dimanche 31 août.""", "2025-09-02"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .extracting(Mention::date).containsOnly(PartialDate.parse("2025-09-02"));
    }

    @Test
    void theMonthNamedAfterASummitDatesIt() {
        assertThat(mentionsOf("Lors du sommet d'avril à Moscou, Xi Jinping a aussi eu un tête-à-tête avec Mikhaïl Michoustine.", "2023-06-20"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2023-04"));
    }

    @Test
    void aRecentVisitIsNotDatedToTheArticlesMonth() {
        assertThat(mentionsOf("Wang Yi a jugé que la récente visite en Chine du président russe Vladimir Poutine avait été fructueuse.",
            "2024-06-20"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024"));
    }

    @Test
    void aVisitByAPersonTheDictionaryDoesNotKnowIsAThirdPartys() {
        assertThat(mentionsOf("Pour le Kremlin, la visite annoncée de Nancy Pelosi à Taïwan est une provocation envers la Chine.",
            "2022-08-01"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void aStateVisitOfAKnownLeaderIsStillAVisit() {
        assertThat(mentionsOf("La visite d'État de Vladimir Poutine en Chine a commencé jeudi.", "2024-05-16"))
            .filteredOn(m -> m.type() == EventType.MEETING).hasSize(1);
    }

    @Test
    void bulletsFlattenedIntoOneLineAreSeparateSentences() {
        assertThat(mentionsOf("Le Kremlin a détaillé le programme.▪️Les deux dirigeants discuteront du partenariat.▪️"
            + "Il est prévu que Xi Jinping et Vladimir Poutine signent une déclaration commune.", "2024-05-14"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void theSubjectOfARelativeClauseHoldingTheTalksTookPartInThem() {
        assertThat(mentionsOf("Le président chinois, qui parlait lors d'un entretien avec le Premier ministre russe Mikhaïl Michoustine, "
            + "a promis de nouveaux investissements.", "2023-03-21"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .singleElement().satisfies(m -> {
                assertThat(m.participantsA()).containsExactly("Xi Jinping");
                assertThat(m.participantsB()).containsExactly("Mikhaïl Michoustine");
            });
    }

    @Test
    void aCounterpartNamedRightAfterTheTitleIsThatPerson() {
        assertThat(mentionsOf("Sergueï Lavrov a parlé d'unité lors d'une rencontre à Moscou avec son homologue chinois, Wang Yi, "
            + "et a promis de soutenir la Chine.", "2023-02-22"))
            .isNotEmpty().allSatisfy(m -> assertThat(m.participantsA()).doesNotContain("Qin Gang"));
    }

    @Test
    void oneSidePromisingToStrengthenSinoRussianTiesCommitsToTheOther() {
        assertThat(mentionsOf("Le ministre chinois Wang Yi a promis d'approfondir encore les relations sino-russes.", "2023-02-22"))
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void tiesBetweenTheTwoCountriesDescribedWithoutAPromiseAreNoStance() {
        assertThat(mentionsOf("Les sanctions occidentales ont fini par renforcer les relations sino-russes.", "2023-02-22")).isEmpty();
    }

    @Test
    void aSpokespersonReportingTalksTookNoPartInThem() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine se sont vus mardi à Moscou.\n\n"
            + "Le porte-parole Wang Wenbin a déclaré que les discussions entre les deux chefs d'État avaient été fructueuses.", "2023-03-21"))
            .allSatisfy(m -> assertThat(m.participantsA()).doesNotContain("Wang Wenbin"));
    }

    @Test
    void aParticipleQualifyingANounIsNoMeeting() {
        assertThat(mentionsOf("La Chine et la Russie évoquent les menaces rencontrées par les pays membres de l'OCS.", "2024-07-04"))
            .filteredOn(m -> m.type() == EventType.MEETING).isEmpty();
    }

    @Test
    void theirEncounterRetoldLaterIsTheEncounterAlreadyAnnounced() {
        assertThat(mentionsOf("""
            La rencontre bilatérale entre Xi Jinping et Vladimir Poutine jeudi à Samarcande sera la plus suivie du sommet.

            Leur rencontre a aussi un air de défi lancé aux Occidentaux.""", "2022-09-14"))
            .filteredOn(m -> m.type() == EventType.MEETING)
            .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aDayOfTheArticlesMonthCalledLastIsLastYears() {
        assertThat(mentionsOf("Xi Jinping avait rencontré Vladimir Poutine le 4 février dernier.", "2023-02"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02-04"));
    }

    @Test
    void mutualSupportPromisedInOneSidesQuoteIsThatSidesStance() {
        assertThat(mentionsOf("« La Chine et la Russie continueront à se soutenir mutuellement face aux pressions », "
            + "a déclaré Xi Jinping.", "2022-06-15"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.A_TO_B);
    }

    @Test
    void aJointDeclarationAnnouncedByOneSidesAideStaysJoint() {
        assertThat(mentionsOf("Xi Jinping et Vladimir Poutine vont signer « une déclaration commune sur le partenariat », "
            + "a déclaré le conseiller du Kremlin Iouri Ouchakov.", "2023-03-20"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION)
            .singleElement().extracting(Mention::direction).isEqualTo(org.entente.analyze.Direction.JOINT);
    }

    @Test
    void oneSidesAppraisalOfMutualTrustIsNoStance() {
        assertThat(mentionsOf("« La confiance mutuelle entre les deux parties s'est approfondie », a ajouté Xi Jinping.", "2024-01-01"))
            .filteredOn(m -> m.type() == EventType.SHARED_POSITION).isEmpty();
    }

    @Test
    void anEarlierTripNamedBesideANewVisitWentToTheSamePlace() {
        assertThat(mentionsOf("Vladimir Poutine a atterri dimanche à Tianjin pour une nouvelle visite en Chine, "
            + "après son déplacement d'État en mai 2024.", "2025-08-31"))
            .extracting(Mention::date).contains(PartialDate.parse("2024-05"), PartialDate.parse("2025-08-31"));
    }

    @Test
    void anImperfectOfHostingReportsTheMeetingItDates() {
        assertThat(mentionsOf("Le 4 février, soit vingt jours avant l'offensive russe en Ukraine, Xi Jinping accueillait "
            + "Vladimir Poutine à Pékin.", "2022-03-10"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2022-02-04"));
    }

    @Test
    void congratulationsWithAnAdjectiveAreAContact() {
        assertThat(mentionsOf("Vladimir Poutine a adressé ses plus chaleureuses félicitations à Xi Jinping pour sa réélection.", "2023-03-10"))
            .singleElement().extracting(Mention::type).isEqualTo(EventType.CONTACT);
    }

    @Test
    void beingAmongTheFirstToCongratulateIsRecalledNotNews() {
        assertThat(mentionsOf("Xi Jinping a été parmi les premiers à envoyer des félicitations à Vladimir Poutine.", "2024-04-09"))
            .singleElement().extracting(Mention::date).isEqualTo(PartialDate.parse("2024"));
    }

    @Test
    void anInvitationWithNoDateProposedLeavesThePlannedVisitUndated() {
        assertThat(mentionsOf("Sergueï Lavrov a invité son homologue chinois Qin Gang à visiter la Russie.", "2023-01-20"))
            .singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(m.date()).isNull();
            });
    }

    @Test
    void backingNobodyStatedIsNoStance() {
        assertThat(mentionsOf("Selon les analystes, Pékin apporte un soutien tacite à la Russie.", "2022-05-10")).isEmpty();
    }
}
