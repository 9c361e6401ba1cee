package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class ArticleDatingTest {

    private static final ArticleDating DATING = ArticleDating.standard();

    private static Article article(String text, ArticleDate published) {
        return new Article("a1", "a1.txt", "", text, published, "", "", "0");
    }

    private static ArticleDate infer(String text) {
        return DATING.date(article(text, ArticleDate.UNDATED));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = ArticleDatingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void dateFromIngestIsKeptAsItIs() {
        ArticleDate header = ArticleDate.of(PartialDate.parse("2023-06"), DateSource.HEADER);
        assertThat(DATING.date(article("Le 21 mars 2023, Xi était à Moscou.", header))).isSameAs(header);
    }

    @Test
    void datelineWithoutYearTakesTheLatestYearTheTextNames() {
        ArticleDate date = infer("""
            Lavrov reçu à Pékin

            PEKIN, 14 mars (AFP) - Le ministre russe des Affaires étrangères a été reçu par son homologue chinois.

            Les deux hommes prévoient de se revoir au sommet de juin 2024, après leur rencontre de 2023.""");

        assertThat(date).isEqualTo(ArticleDate.of(PartialDate.parse("2024-03-14"), DateSource.DATELINE));
    }

    @Test
    void datelineWithoutYearInATextThatNamesNoYearLeavesTheArticleUndated() {
        ArticleDate date = infer("""
            Lavrov reçu à Pékin

            PEKIN, 14 mars (AFP) - Le ministre russe des Affaires étrangères a été reçu par son homologue chinois.""");

        assertThat(date).isEqualTo(ArticleDate.UNDATED);
    }

    @Test
    void explicitFullDateInTheTextDatesTheArticle() {
        ArticleDate date = infer("Xi Jinping est arrivé à Moscou.\nLe 21 mars 2023, il a été reçu au Kremlin par Vladimir Poutine.");
        assertThat(date.source()).isEqualTo(DateSource.INFERRED);
        assertThat(date.date()).hasToString("2023-03-21");
    }

    @Test
    void latestPastDateOfTheTextDatesTheArticle() {
        ArticleDate date = infer("Les deux hommes s'étaient vus le 4 février 2022 à Pékin. Ils se sont reparlé le 1er juillet 2023 par téléphone.");
        assertThat(date.date()).hasToString("2023-07-01");
    }

    @Test
    void dateInAFutureSentenceDoesNotDateTheArticle() {
        ArticleDate date = infer("Le 20 mars 2023, Xi a atterri à Moscou. Poutine se rendra en Chine le 17 octobre 2023.");
        assertThat(date.date()).hasToString("2023-03-20");
    }

    @Test
    void leaderBirthdayAnniversaryDatesTheArticleToThatDay() {
        ArticleDate date = infer("Les deux présidents se sont parlé au téléphone le jour du 70e anniversaire de Poutine.");
        assertThat(date.date()).hasToString("2022-10-07");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void beforeAnAnniversaryDatesTheArticleToTheMonthOfThatAnniversary() {
        ArticleDate date = infer("Moscou et Pékin affichent leur entente avant le deuxième anniversaire de l'invasion de l'Ukraine.");
        assertThat(date.date()).hasToString("2024-02");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void anniversaryInAFutureSentenceIsABoundFromAbove() {
        ArticleDate date = infer("La Chine présentera son plan vendredi, le premier anniversaire de l'invasion russe de l'Ukraine.");
        assertThat(date.date()).hasToString("2023-02");
    }

    @Test
    void yearsAfterAReferenceEventDateTheArticle() {
        assertThat(infer("Un an après l'invasion de l'Ukraine, Wang Yi est reçu au Kremlin.").date()).hasToString("2023-02-24");
    }

    @Test
    void summitNamedAsTheOccasionDatesTheArticleToItsMonth() {
        assertThat(infer("En marge du sommet des BRICS à Kazan, Xi et Poutine ont tenu des pourparlers.").date()).hasToString("2024-10");
    }

    @Test
    void textWithoutAnyAnchorLeavesTheArticleUndated() {
        ArticleDate date = infer("Mercredi, Xi a appelé Poutine. Les deux hommes se sont parlé le 24 février, puis en mars.");
        assertThat(date).isEqualTo(ArticleDate.UNDATED);
    }

    @Test
    void bareYearDoesNotDateTheArticle() {
        assertThat(infer("Les deux pays ont signé un traité en 2001.")).isEqualTo(ArticleDate.UNDATED);
    }

    @Test
    void sample003IsDatedByXisBirthday() throws IOException {
        ArticleDate date = infer(seed("003_4cef1a2b3bdb8dbb.txt"));
        assertThat(date.source()).isEqualTo(DateSource.INFERRED);
        assertThat(date.date().yearMonth()).hasValueSatisfying(m -> assertThat(m).hasToString("2022-06"));
    }

    @Test
    void sample004IsDatedByTheFirstAnniversaryOfTheInvasion() throws IOException {
        ArticleDate date = infer(seed("004_819da2d20cfd9753.txt"));
        assertThat(date.source()).isEqualTo(DateSource.INFERRED);
        assertThat(date.date()).hasToString("2023-02");
    }

    @Test
    void aYearInAPhotoCreditGivesADatelineItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Signature à Pékin. /Photo du 24 mai 2023/Agence\n\n"
            + "PEKIN, 23 mai (Reuters) - Le Premier ministre russe a signé des accords."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2023-05-23"));
    }

    @Test
    void aYearEndingASentenceGivesADatelineItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Poutine à Valdaï\n\n"
            + "SOTCHI, 7 novembre (Reuters) - Le président russe a parlé jeudi, deux jours après le scrutin du 5 novembre 2024."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2024-11-07"));
    }

    @Test
    void aYearOfAnInvitationDoesNotGiveADatelineItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Bilan en vidéo\n\n"
            + "PEKIN, 30 décembre (AFP) - Les deux présidents ont fait le bilan de l'année 2022. "
            + "Le dirigeant russe a invité son homologue à venir à Moscou au printemps 2023."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2022-12-30"));
    }

    @Test
    void anAnniversaryNamedInTheTextGivesADatelineItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Wang Yi au Kremlin\n\n"
            + "MOSCOU, 1er avril (Reuters) - Le ministre est venu préparer les cérémonies du 80e anniversaire de la victoire de 1945."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2025-04-01"));
    }

    @Test
    void aDatelineFallsInTheYearOnOrAfterTheLatestStepTheTextReports() {
        assertThat(ArticleDating.datelineWithYearFromText("Choïgou à Pékin\n\n"
            + "PEKIN, 19 novembre (AFP) - Sergueï Choïgou, qui a quitté la Défense en mai 2024, a vu lundi Wang Yi."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2024-11-19"));
    }

    @Test
    void aCaptionOfTheDayAfterTheDatelineKeepsItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Signature à Pékin. Photo prise le 24 mai 2023.\n\n"
            + "PEKIN, 23 mai (Reuters) - Le Premier ministre russe a signé des accords.\n\nSuite du texte."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2023-05-23"));
    }

    @Test
    void aDatelineAfterASavedPagesNoiseIsFound() {
        assertThat(ArticleDating.datelineWithYearFromText("Le Journal du Web\n\nPatrouchev en Chine\n\nPatrouchev en Chine\n\n"
            + "Photo d'archives.\n\nAbonnez-vous pour lire la suite.\n\n"
            + "PEKIN, 18 septembre (Reuters) – Nikolaï Patrouchev se rendra en Chine, quelques jours après le tête-à-tête "
            + "de Xi et Poutine en Ouzbékistan."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2022-09-18"));
    }

    @Test
    void aFilePhotosCaptionDoesNotGiveADatelineItsYear() {
        assertThat(ArticleDating.datelineWithYearFromText("Patrouchev en Chine\n\n"
            + "Nikolaï Patrouchev lors d'un défilé à Moscou, le 24 juin 2020. REUTERS/Photographe\n\n"
            + "PEKIN, 18 septembre (Reuters) – Nikolaï Patrouchev se rendra en Chine, après la rencontre de Xi et Poutine "
            + "en Ouzbékistan."))
            .isEqualTo(org.entente.ingest.PartialDate.parse("2022-09-18"));
    }

    @Test
    void aDayWithoutYearDuringAKnownVisitTakesTheVisitsYear() {
        ArticleDate date = infer("""
            Xi Jinping chez Vladimir Poutine

            Le président chinois est arrivé à Moscou lundi 20 mars pour une visite d'État de trois jours.""");

        assertThat(date.date()).hasToString("2023-03-20");
    }

    @Test
    void aKnownVisitOutweighsAnOlderFullDateOfTheText() {
        ArticleDate date = infer("""
            Le chef de la diplomatie russe, Sergueï Lavrov, a retrouvé Wang Yi le 25 juillet en marge des réunions de l'ASEAN.
            Les deux pays se sont rapprochés depuis le 24 février 2022.""");

        assertThat(date.date()).hasToString("2024-07-25");
    }

    @Test
    void aReferenceEventTheTextNamesOutweighsADayThatFallsNearAVisit() {
        // 18 March is two days before Xi's 2023 visit, but a fifth term is 2024's
        ArticleDate date = infer("""
            PEKIN, 18 mars (Reuters) - La Chine salue la réélection de Vladimir Poutine, reconduit pour un cinquième mandat.

            Xi Jinping devrait féliciter le dirigeant russe dans la journée.""");

        assertThat(date.date()).hasToString("2024-03-18");
    }

    @Test
    void aStayNamedWithoutItsYearTakesTheYearOfTheKnownVisit() {
        ArticleDate date = infer("Le président chinois effectuera une visite d'État en Russie du 20 au 22 mars, a annoncé Pékin.");

        assertThat(date.date()).hasToString("2023-03-20");
    }

    @Test
    void aBareWeekdayBesideAKnownVisitDatesTheArticleToTheLastDayItNames() {
        ArticleDate date = infer("""
            Xi à Moscou

            Le président russe a accueilli lundi et mardi le dirigeant chinois Xi Jinping au Kremlin.""");

        assertThat(date.date()).hasToString("2023-03-21");
    }

    @Test
    void aBareWeekdayOfACallDoesNotTakeTheDayOfAMinistersMeetingAbroad() {
        // Lavrov and Wang Yi met on a Tuesday in Nizhny Novgorod; a call names no such place
        ArticleDate date = infer("Sergueï Lavrov s'est entretenu mardi par téléphone avec son homologue chinois Wang Yi.");

        assertThat(date).isEqualTo(ArticleDate.UNDATED);
    }

    @Test
    void aKnownVisitsDayOutweighsAnAnniversaryOfTheSameYear() {
        // the 75th anniversary of the relations (October 2024) is celebrated all year; the Thursday is 16 May 2024
        ArticleDate date = infer("""
            L'avion de Vladimir Poutine s'est posé jeudi matin à Pékin.

            Les deux présidents fêtent les 75 ans des relations diplomatiques entre leurs pays.""");

        assertThat(date.date()).hasToString("2024-05-16");
    }

    @Test
    void congratulationsOnAReElectionToldWithTheirWeekdayTakeTheKnownDay() {
        ArticleDate date = infer("Xi Jinping a félicité lundi Vladimir Poutine pour sa réélection.");

        assertThat(date.date()).hasToString("2024-03-18");
    }

    @Test
    void aDayOfAVisitToChinaNamedWithoutItsCityTakesTheVisitsYear() {
        ArticleDate date = infer("Rappelons que Vladimir Poutine a terminé le 17 mai sa visite en Chine.");

        assertThat(date.date()).hasToString("2024-05-17");
    }

    @Test
    void theFirstDayOfAStayStartingOnAKnownVisitTakesItsYear() {
        ArticleDate date = infer("Le chef de la diplomatie chinoise Wang Yi entame, à partir de lundi 20 février, un séjour moscovite.");

        assertThat(date.date()).hasToString("2023-02-20");
    }

    @Test
    void aVisitTheTextLooksAheadToDoesNotOutweighAKnownCallOfTheYearBefore() {
        ArticleDate date = infer("""
            Lors d'une visioconférence vendredi avec Xi Jinping, Vladimir Poutine a salué leur coopération.

            Xi Jinping viendra en visite d'État à Moscou au printemps 2023, selon le Kremlin.""");

        assertThat(date.date()).hasToString("2022-12-30");
    }
}
