package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class UndatedArticleTest {

    @Test
    void anUndatedArticleIsNotDatedByTheYearItsWeekdayFitsAlone() {
        // no known encounter on that day: a weekday that fits a year says too little
        assertThat(ArticleDating.standard().infer("Mardi 21 mars, le vice-ministre chinois du Commerce a été reçu à Moscou.")).isNull();
    }

    @Test
    void anUndatedArticleAboutASummitNamedWithItsCityTakesTheSummitsMonth() {
        assertThat(ArticleDating.standard().infer("Les dirigeants de plusieurs pays rejoindront Xi et Poutine à Samarcande "
            + "pour un sommet de deux jours de l'Organisation de coopération de Shanghai."))
            .isEqualTo(PartialDate.parse("2022-09"));
    }

    @Test
    void aDatelineWithTheMonthFirstDatesTheArticle() {
        assertThat(ArticleDating.standard().infer("VIENTIANE Juillet 26. 2024 (Agence) – La Russie a appelé la Chine à agir."))
            .isEqualTo(PartialDate.parse("2024-07-26"));
    }

    @Test
    void aSummitsCityAndOrganisationInNeighbouringSentencesDateTheArticle() {
        assertThat(ArticleDating.standard().infer("Xi Jinping est arrivé mercredi dans la ville ouzbèke de Samarcande. "
            + "Il y a vu Vladimir Poutine lors d'une réunion de l'Organisation de coopération de Shanghai."))
            .isEqualTo(PartialDate.parse("2022-09"));
    }

    @Test
    void aSummitsCityInAnotherParagraphDoesNotDateTheArticle() {
        assertThat(ArticleDating.standard().infer("Xi Jinping a vu Vladimir Poutine lors d'une réunion de l'OCS.\n"
            + "Samarcande est une ville ouzbèke.")).isNull();
    }

    @Test
    void theDiplomaticRelationsAnniversaryBetweenTheTwoCountriesGivesTheYearOfTheText() {
        assertThat(ArticleDating.standard().infer("Wang Yi a rappelé que cette année marque le 75e anniversaire de "
            + "l'établissement des relations diplomatiques entre les deux pays. Le 12 novembre, il a reçu des chefs d'entreprise."))
            .isEqualTo(PartialDate.parse("2024"));
    }

    @Test
    void aKnownVisitOfTheAnniversaryYearGivesTheDay() {
        assertThat(ArticleDating.standard().infer("Wang Yi a rappelé que cette année marque le 75e anniversaire de "
            + "l'établissement des relations diplomatiques entre les deux pays. Le 12 novembre, il a reçu Sergueï Choïgou à Pékin."))
            .isEqualTo(PartialDate.parse("2024-11-12"));
    }

    @Test
    void anArticleAboutPelosisTripToTaiwanIsOfAugust2022() {
        assertThat(ArticleDating.standard().infer("Moscou a qualifié de provocation le séjour de Nancy Pelosi à Taïwan."))
            .isEqualTo(PartialDate.parse("2022-08"));
    }

    @Test
    void aFullDateOlderThanAYearTheTextReportsAsPastDoesNotDateTheArticle() {
        assertThat(ArticleDating.standard().infer("Leur partenariat « sans limite » avait été scellé en février 2002. "
            + "Les échanges entre les deux pays ont atteint un record en 2023, selon les douanes.")).isNull();
    }

    @Test
    void aTargetYearIsNoYearReportedAsPast() {
        assertThat(ArticleDating.standard().infer("Le 12 mars 2024, les deux ministres se sont vus à Pékin. "
            + "Ils visent 300 milliards de dollars d'échanges d'ici 2030."))
            .isEqualTo(PartialDate.parse("2024-03-12"));
    }

    @Test
    void aTreatyNamedByItsDateDoesNotDateTheArticle() {
        assertThat(ArticleDating.standard().infer("Moscou soutiendrait Pékin, comme le prévoit le traité d'amitié du "
            + "16 juillet 2001, a déclaré le ministre.")).isNull();
    }

    @Test
    void aSpanOfDaysStillDatesTheArticle() {
        assertThat(ArticleDating.standard().infer("La visite s'est déroulée du 20 au 22 mars 2023 à Moscou."))
            .isEqualTo(PartialDate.parse("2023-03"));
    }

    @Test
    void aLaterDayWithoutYearWhoseWeekdayFitsIsTheLatestPointOfTheText() {
        assertThat(ArticleDating.standard().infer("Le 13 septembre 2024, les deux armées avaient manoeuvré ensemble. "
            + "Le ministre est arrivé à Pékin lundi 14 octobre."))
            .isEqualTo(PartialDate.parse("2024-10-14"));
    }

    @Test
    void aDayWithoutYearWhoseWeekdayDoesNotFitIsLeftOut() {
        assertThat(ArticleDating.standard().infer("Le 13 septembre 2024, les deux armées avaient manoeuvré ensemble. "
            + "Le ministre est arrivé à Pékin mardi 14 octobre."))
            .isEqualTo(PartialDate.parse("2024-09-13"));
    }

    @Test
    void thisDayWithoutYearIsTheDayOfWriting() {
        assertThat(ArticleDating.standard().infer("Ce 21 août, Li Qiang est reçu à Moscou. "
            + "Un premier accord avait été signé le 2 juillet 2024."))
            .isEqualTo(PartialDate.parse("2024-08-21"));
    }

    @Test
    void aDecemberDayInAJanuaryTextBelongsToTheYearBefore() {
        assertThat(ArticleDating.standard().infer("Le 5 janvier 2024, Wang Yi a appelé Sergueï Lavrov. "
            + "Les deux hommes s'étaient déjà parlé le 20 décembre."))
            .isEqualTo(PartialDate.parse("2024-01-05"));
    }

    @Test
    void theEveOfTheNewYearDatesTheArticleToTheLastDayOfTheYearBefore() {
        assertThat(ArticleDating.standard().infer("À la veille du passage à l'année 2025, les deux présidents ont échangé des vœux."))
            .isEqualTo(PartialDate.parse("2024-12-31"));
    }

    @Test
    void hoursBeforeAnOpeningCeremonyIsThatDayNotTheMonthBefore() {
        assertThat(ArticleDating.standard().infer("Quelques heures avant la cérémonie d'ouverture des Jeux olympiques d'hiver de Pékin, "
            + "les deux dirigeants se sont vus.")).isEqualTo(PartialDate.parse("2022-02-04"));
    }

    @Test
    void anElectionNamedByItsDateStillDatesTheArticle() {
        assertThat(ArticleDating.standard().infer("Au lendemain de l'élection présidentielle taïwanaise du 13 janvier 2024, "
            + "Moscou a rappelé son attachement au principe d'une seule Chine."))
            .isEqualTo(PartialDate.parse("2024-01-13"));
    }

    @Test
    void aCaptionOfTheDaysMeetingDatesAnArticleWithNoOtherDate() {
        assertThat(ArticleDating.standard().infer("Xi Jinping reçoit Mikhaïl Michoustine à Pékin, le 4 novembre 2025. Photo : Xinhua\n\n"
            + "Le président chinois a reçu mardi le Premier ministre russe."))
            .isEqualTo(PartialDate.parse("2025-11-04"));
    }

    @Test
    void aSuperscriptOrdinalNamesTheAnniversary() {
        assertThat(ArticleDating.standard().infer("Le défilé du 80ᵉ anniversaire de la Victoire s'est tenu sur la place Rouge."))
            .isEqualTo(PartialDate.parse("2025-05-09"));
    }

    @Test
    void anAnniversaryAheadIsOnlyABoundWhenTheTextReportsAnEarlierPoint() {
        assertThat(ArticleDating.standard().infer("Le 21 janvier 2025, les deux présidents se sont parlé. Cette année, les deux "
            + "pays vont commémorer ensemble le 80e anniversaire de la victoire.")).isEqualTo(PartialDate.parse("2025-01-21"));
    }

    @Test
    void aDateToldInThePastBeforeAFutureClauseDatesTheArticle() {
        assertThat(ArticleDating.standard().infer("Le président américain a annoncé ce vendredi 8 août 2025 qu'il rencontrera "
            + "Vladimir Poutine. Leur dernier tête-à-tête remonte à juin 2019."))
            .isEqualTo(PartialDate.parse("2025-08-08"));
    }

    @Test
    void theWagnerRiotsNamedAsRiotsDateAnUndatedArticle() {
        assertThat(ArticleDating.standard().infer("C'est la première rencontre entre les états-majors depuis les émeutes de Wagner. "
            + "Après les émeutes, Pékin avait dit soutenir la stabilité de la Russie."))
            .isEqualTo(PartialDate.parse("2023-06"));
    }

    @Test
    void aDayWithItsWeekdayTakesTheOneYearNearAYearTheTextNamesWhereTheWeekdayFits() {
        assertThat(ArticleDating.standard().infer("Le mardi 21 mars, Xi Jinping a été reçu au Kremlin. "
            + "Les échanges commerciaux ont doublé depuis 2021.")).isEqualTo(PartialDate.parse("2023-03-21"));
    }

    @Test
    void aYearLongPastGivesNoYearToADayAndItsWeekday() {
        assertThat(ArticleDating.standard().infer("Le mardi 21 mars, le vice-ministre chinois du Commerce a été reçu à Moscou. "
            + "Les deux pays ont noué des relations en 1949.")).isNull();
    }

    @Test
    void anArchivePictureWithItsDateDoesNotDateTheArticle() {
        assertThat(ArticleDating.standard().infer("Xi Jinping et Vladimir Poutine à Pékin en mai 2017.\n"
            + "Xi Jinping et Vladimir Poutine à Pékin en mai 2017. (AFP/FILE)\n"
            + "Les deux présidents se sont parlé vendredi par visioconférence.")).isNull();
    }

    @Test
    void theEightiethAnniversaryOfJapansDefeatDatesAnUndatedArticle() {
        assertThat(ArticleDating.standard().infer("Vladimir Poutine se rendra à Pékin pour les cérémonies du 80e anniversaire "
            + "de la défaite du Japon militariste.")).isEqualTo(PartialDate.parse("2025-08"));
    }

    @Test
    void theInternationalCriminalCourtsWarrantForPutinIsAnOccasion() {
        assertThat(ArticleDating.standard().infer("Quelques jours après le mandat d'arrêt de la Cour pénale internationale, "
            + "Xi Jinping a été accueilli au Kremlin.")).satisfies(d -> assertThat(d.toString()).startsWith("2023-03"));
    }

    @Test
    void aMeetingInSamarkandDatesTheArticleToTheSummitsMonth() {
        assertThat(ArticleDating.standard().infer("Lors d'une rencontre à Samarcande, Xi Jinping a interrogé son homologue sur la guerre."))
            .isEqualTo(PartialDate.parse("2022-09"));
    }

    @Test
    void theIccWarrantNamedInPassingDoesNotDateTheArticle() {
        // Putin's trips "depuis le mandat d'arrêt" are told months and years after it
        assertThat(ArticleDating.standard().infer("Poutine ne s'est rendu qu'au Kirghizstan depuis le mandat d'arrêt lancé contre lui "
            + "par la CPI.")).isNull();
    }

    @Test
    void anOlderVisitPlacedBeforeAnAnchorDoesNotDateTheText() {
        assertThat(ArticleDating.standard().infer("Sa dernière visite en Chine remonte à peu avant l'invasion de l'Ukraine.")).isNull();
    }

    @Test
    void theTextPlacedBeforeAnAnchorStillTakesItsMonth() {
        assertThat(ArticleDating.standard().infer("Xi Jinping est arrivé à Moscou peu avant le premier anniversaire de l'invasion de l'Ukraine."))
            .isEqualTo(PartialDate.parse("2023-02"));
    }

    @Test
    void theNumberedRegularMeetingOfTheHeadsOfGovernmentDatesTheText() {
        assertThat(ArticleDating.standard().infer("Le communiqué a été adopté à l'issue de la 30e réunion régulière des chefs de "
            + "gouvernement russe et chinois.")).isEqualTo(PartialDate.parse("2025-11"));
    }
}
