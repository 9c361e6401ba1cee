package org.entente.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.analyze.EventStatus;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    private static final EventDates DATES = EventDates.standard();

    // 2023-03-22 was a Wednesday.
    private static final ArticleDate WEDNESDAY_22_MARCH_2023 = dated("2023-03-22");
    private static final ArticleDate MARCH_2023 = dated("2023-03");
    private static final ArticleDate YEAR_2023 = dated("2023");

    private static ArticleDate dated(String date) {
        return ArticleDate.of(PartialDate.parse(date), DateSource.HEADER);
    }

    private static String occurred(String sentence, ArticleDate article) {
        return String.valueOf(DATES.resolve(sentence, article, EventStatus.OCCURRED));
    }

    /** The date of an occurred event whose trigger is the given word of the sentence. */
    private static String occurredAt(String sentence, String article, String word) {
        return String.valueOf(DATES.resolve(sentence, dated(article), EventStatus.OCCURRED, sentence.indexOf(word)));
    }

    private static String planned(String sentence, ArticleDate article) {
        return String.valueOf(DATES.resolve(sentence, article, EventStatus.PLANNED));
    }

    @Test
    void explicitFullDateGivesThatDay() {
        assertThat(occurred("Les deux présidents se sont vus à Pékin le 4 février 2022, avant les Jeux.", MARCH_2023))
            .isEqualTo("2022-02-04");
        assertThat(occurred("Le 1er octobre 2024, Xi a adressé un message à Poutine.", MARCH_2023)).isEqualTo("2024-10-01");
    }

    @Test
    void numericAndIsoDatesGiveThatDay() {
        assertThat(occurred("Rencontre du 21/03/2023 entre les deux chefs d'État.", YEAR_2023)).isEqualTo("2023-03-21");
        assertThat(occurred("Appel daté du 2023-03-20 selon le Kremlin.", YEAR_2023)).isEqualTo("2023-03-20");
    }

    @Test
    void explicitDateStillDatesAnEventOfAnUndatedArticle() {
        assertThat(occurred("Wang Yi a rencontré Lavrov le 16 juillet 2023 à Jakarta.", ArticleDate.UNDATED)).isEqualTo("2023-07-16");
        assertThat(occurred("Les ministres se sont parlé en mars 2021.", ArticleDate.UNDATED)).isEqualTo("2021-03");
        assertThat(occurred("Les deux dirigeants se sont rencontrés en 2019 à Douchanbé.", ArticleDate.UNDATED)).isEqualTo("2019");
    }

    @Test
    void relativeExpressionLeavesAnEventOfAnUndatedArticleUndated() {
        assertThat(DATES.resolve("Mercredi, Xi a téléphoné à Poutine.", ArticleDate.UNDATED, EventStatus.OCCURRED)).isNull();
        assertThat(DATES.resolve("Xi a téléphoné à Poutine.", ArticleDate.UNDATED, EventStatus.OCCURRED)).isNull();
    }

    @Test
    void dayAndMonthWithoutYearTakeTheLatestSuchDayNotAfterTheArticle() {
        assertThat(occurred("Le ministre est arrivé à Moscou le 20 mars.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-20");
        assertThat(occurred("Ils s'étaient parlé le 30 décembre.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2022-12-30");
        assertThat(planned("Le président chinois se rendra à Moscou le 10 janvier.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2024-01-10");
    }

    @Test
    void weekdayResolvesToLatestSuchDayOnOrBeforeArticleDay() {
        assertThat(occurred("Mardi, Wang a rencontré Nikolaï Patrouchev.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-21");
        assertThat(occurred("Les deux présidents se sont entretenus mercredi au Kremlin.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03-22");
        assertThat(occurred("Jeudi, le porte-parole chinois a salué la visite.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-16");
    }

    @Test
    void weekdayOfAPlannedEventResolvesToTheNextSuchDay() {
        assertThat(planned("Les deux ministres doivent s'entretenir vendredi par visioconférence.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03-24");
    }

    @Test
    void weekdayOfTheAnnouncementDoesNotDateThePlannedEvent() {
        assertThat(planned("Le Kremlin a annoncé mercredi que Poutine se rendrait en Chine.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03");
        assertThat(planned("Le Kremlin a annoncé mercredi que Poutine se rendrait en Chine samedi.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03-25");
    }

    @Test
    void weekdayWithDernierIsStrictlyBeforeTheArticleDay() {
        assertThat(occurred("Mercredi dernier, les deux parties ont signé un accord.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03-15");
    }

    @Test
    void weekdayWithAMonthPreciseArticleGivesTheArticleMonth() {
        assertThat(occurred("Wang a déclaré lors de sa rencontre avec Poutine mercredi que les liens étaient solides.", MARCH_2023))
            .isEqualTo("2023-03");
    }

    @Test
    void monthNameTakesTheLatestSuchMonthNotAfterTheArticle() {
        assertThat(occurred("Xi s'est rendu à Moscou en mars, où il a été reçu par Poutine.", dated("2023-09")))
            .isEqualTo("2023-03");
        assertThat(occurred("En novembre, les deux chefs de la diplomatie s'étaient parlé au téléphone.", dated("2023-09")))
            .isEqualTo("2022-11");
    }

    @Test
    void monthNameOfAPlannedEventTakesTheNextSuchMonth() {
        assertThat(planned("Poutine a déclaré mercredi qu'il avait accepté de se rendre en Chine en octobre.", dated("2023-09")))
            .isEqualTo("2023-10");
        assertThat(planned("Le président russe ira à Pékin en mai.", dated("2023-09"))).isEqualTo("2024-05");
    }

    @Test
    void monthWithItsYearGivesThatMonth() {
        assertThat(occurred("Les deux dirigeants se sont rencontrés en juillet 2024 à Astana.", MARCH_2023)).isEqualTo("2024-07");
    }

    @Test
    void monthOfLastYearGivesThatMonthOfThePreviousYear() {
        assertThat(occurred("En février de l'année dernière, Pékin et Moscou ont signé une déclaration commune.", MARCH_2023))
            .isEqualTo("2022-02");
        assertThat(occurred("Une rencontre avait eu lieu en octobre dernier à Pékin.", dated("2023-10-15")))
            .isEqualTo("2022-10");
    }

    @Test
    void endAndStartOfAMonthGiveThatMonth() {
        assertThat(occurred("Fin février, Pékin a salué la position russe.", MARCH_2023)).isEqualTo("2023-02");
        assertThat(occurred("Début octobre, les deux ministres ont tenu des pourparlers.", MARCH_2023)).isEqualTo("2022-10");
        assertThat(occurred("À la mi-janvier, un émissaire chinois a été reçu au Kremlin.", MARCH_2023)).isEqualTo("2023-01");
    }

    @Test
    void yesterdayIsTheDayBeforeTheArticleDay() {
        assertThat(occurred("Hier, le ministre chinois a reçu son homologue russe.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-21");
        assertThat(occurred("Avant-hier, les deux parties se sont parlé.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-20");
        assertThat(occurred("Hier, le ministre chinois a reçu son homologue russe.", MARCH_2023)).isEqualTo("2023-03");
    }

    @Test
    void lastWeekIsTheMonthOfTheWeekBefore() {
        assertThat(occurred("La semaine dernière, Lavrov a téléphoné à Wang Yi.", dated("2023-03-03"))).isEqualTo("2023-02");
        assertThat(occurred("Cette semaine, une délégation russe a été reçue à Pékin.", WEDNESDAY_22_MARCH_2023))
            .isEqualTo("2023-03");
    }

    @Test
    void lastMonthIsTheMonthBeforeTheArticle() {
        assertThat(occurred("Le mois dernier, Pékin a reçu le Premier ministre russe.", dated("2023-01-12"))).isEqualTo("2022-12");
    }

    @Test
    void lastYearGivesTheYearBeforeAtYearPrecision() {
        assertThat(occurred("Xi a rencontré Poutine l'année dernière mais pas depuis.", dated("2023-02"))).isEqualTo("2022");
        assertThat(occurred("Les deux hommes s'étaient vus l'an dernier à Samarcande.", dated("2023-02"))).isEqualTo("2022");
    }

    @Test
    void forwardRelativeExpressionsDateAPlannedEvent() {
        assertThat(planned("Demain, Lavrov sera reçu à Pékin par Wang Yi.", dated("2023-03-31"))).isEqualTo("2023-04-01");
        assertThat(planned("La semaine prochaine, une délégation chinoise se rendra à Moscou.", dated("2023-03-28")))
            .isEqualTo("2023-04");
        assertThat(planned("Le mois prochain, Xi doit s'entretenir avec Poutine par vidéo.", dated("2023-12-05")))
            .isEqualTo("2024-01");
        assertThat(planned("L'année prochaine, les deux présidents se retrouveront à Kazan.", MARCH_2023)).isEqualTo("2024");
        assertThat(occurred("Cette année, Xi a déjà reçu deux fois son homologue russe.", MARCH_2023)).isEqualTo("2023");
    }

    @Test
    void thisWeekendIsTheLatestWeekendAtMonthPrecision() {
        // 2023-04-03 is a Monday; the weekend before began on Saturday 1 April.
        assertThat(occurred("Ce week-end, Wang a rencontré le vice-ministre russe.", dated("2023-04-03"))).isEqualTo("2023-04");
        // 2023-03-01 is a Wednesday; the weekend before was 25-26 February.
        assertThat(occurred("Ce week-end, Wang a rencontré le vice-ministre russe.", dated("2023-03-01"))).isEqualTo("2023-02");
        assertThat(planned("Les deux ministres se verront ce week-end à Minsk.", dated("2023-03-01"))).isEqualTo("2023-03");
    }

    @Test
    void agoCountsBackFromTheArticleDay() {
        assertThat(occurred("Il y a trois jours, Xi a appelé Poutine.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03-19");
        assertThat(occurred("Il y a deux mois, les ministres se sont vus.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-01");
    }

    @Test
    void referenceEventPhraseGivesItsDate() {
        assertThat(occurred("L'appel est tombé le jour du 69e anniversaire de Xi, selon la télévision chinoise.", ArticleDate.UNDATED))
            .isEqualTo("2022-06-15");
        assertThat(occurred("Les deux hommes se sont parlé à la veille du 70e anniversaire de Poutine.", ArticleDate.UNDATED))
            .isEqualTo("2022-10-06");
        assertThat(occurred("Les deux présidents se sont entretenus en marge du sommet de l'OCS à Samarcande.", ArticleDate.UNDATED))
            .isEqualTo("2022-09");
    }

    @Test
    void beforeAReferenceEventGivesItsMonth() {
        assertThat(occurred("Les deux parties ont promis de renforcer leurs liens avant le premier anniversaire de l'invasion russe de l'Ukraine.",
            ArticleDate.UNDATED)).isEqualTo("2023-02");
    }

    @Test
    void occasionCuesWithAnArticleDateTheEvent() {
        assertThat(occurred("Pendant le sommet des BRICS à Johannesburg, les ministres se sont parlé.", ArticleDate.UNDATED))
            .isEqualTo("2023-08");
        assertThat(occurred("Peu avant le sommet de l'OCS à Astana, Xi a reçu un appel de Poutine.", ArticleDate.UNDATED))
            .isEqualTo("2024-07");
    }

    @Test
    void dateAtTheStartOfTheConflictIsNotTheEventDate() {
        assertThat(occurred("Au début du conflit en février 2022, Pékin s'était tu, mais Wang a appelé Lavrov.", dated("2023-05")))
            .isEqualTo("2023-05");
    }

    @Test
    void dateAfterDepuisIsNotTheEventDate() {
        assertThat(occurred("C'était le deuxième appel entre les deux dirigeants depuis que la Russie a lancé son offensive le 24 février.",
            dated("2022-06-15"))).isEqualTo("2022-06");
        assertThat(occurred("Mercredi, Xi a appelé Poutine, pour la première fois depuis le 24 février.", dated("2022-06-15")))
            .isEqualTo("2022-06-15");
    }

    @Test
    void dateAfterTheStartOfAnotherEventIsNotTheEventDate() {
        assertThat(occurred("Ils se sont rapprochés après le début de l'offensive russe en février de l'année dernière, selon Pékin.",
            dated("2023-09"))).isEqualTo("2023-09");
    }

    @Test
    void occurredEventTakesTheFirstDateOfTheSentence() {
        assertThat(occurred("Ce week-end, Wang a présenté un plan que la Chine annoncerait vendredi.", dated("2023-02-20")))
            .isEqualTo("2023-02");
    }

    @Test
    void noExpressionGivesTheArticleMonth() {
        assertThat(occurred("Xi et Poutine ont signé une déclaration commune à Moscou.", WEDNESDAY_22_MARCH_2023)).isEqualTo("2023-03");
        assertThat(occurred("Xi et Poutine ont signé une déclaration commune à Moscou.", YEAR_2023)).isEqualTo("2023");
    }

    @Test
    void matchingIgnoresCaseAccentsAndTypographicApostrophes() {
        assertThat(occurred("EN FÉVRIER DE L’ANNÉE DERNIÈRE, les deux pays ont tout signé.", MARCH_2023)).isEqualTo("2022-02");
        assertThat(occurred("en fevrier de l'annee derniere, les deux pays ont tout signe.", MARCH_2023)).isEqualTo("2022-02");
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreIgnored() {
        assertThat(occurred("La mission Mars 2020 et plus de 2000 soldats n'ont rien à voir avec Poutine.", MARCH_2023))
            .isEqualTo("2023-03");
    }

    @Test
    void resolvesTheSameFromManyThreadsAtOnce() throws Exception {
        String sentence = "Mardi, Wang a rencontré Nikolaï Patrouchev.";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ArticleDate article = dated(String.format("2023-03-%02d", 1 + i % 28));
                results.add(pool.submit(() -> occurred(sentence, article)));
            }
            for (int i = 0; i < 200; i++) {
                ArticleDate article = dated(String.format("2023-03-%02d", 1 + i % 28));
                java.time.LocalDate ref = article.date().localDate().orElseThrow();
                java.time.LocalDate tuesday = ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.TUESDAY));
                assertThat(results.get(i).get()).isEqualTo(tuesday.toString());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sentenceWithADateExpressionIsRecognised() {
        assertThat(DATES.hasDateExpression("Lundi, Wang s'est entretenu avec Lavrov.")).isTrue();
        assertThat(DATES.hasDateExpression("Wang s'est entretenu avec Lavrov depuis le 24 février.")).isFalse();
        assertThat(DATES.hasDateExpression("Wang s'est entretenu avec Lavrov.")).isFalse();
    }

    @Test
    void inAListOfEventsEachItemKeepsTheDateAfterItsWordNotTheDateBeforeTheComma() {
        String sentence = "Il y eut une proposition chinoise en janvier, le voyage de Xi Jinping à Moscou en mars, puis un appel en avril.";
        assertThat(occurredAt(sentence, "2023-05-20", "voyage")).isEqualTo("2023-03");
    }

    @Test
    void withoutACommaTheNearestDateBeforeTheWordStillWins() {
        String sentence = "En janvier la visite de Wang Yi à Moscou a suivi de peu celle de mars dernier.";
        assertThat(occurredAt(sentence, "2023-05-20", "visite")).isEqualTo("2023-01");
    }

    @Test
    void aVisitHeadingADepuisPhraseTakesTheMonthThatPhraseGives() {
        String sentence = "C'était sa première venue en Chine depuis la visite de Xi Jinping à Moscou en mars.";
        assertThat(occurredAt(sentence, "2023-07-10", "visite")).isEqualTo("2023-03");
    }

    @Test
    void anEventToldBeforeADepuisPhraseDoesNotTakeItsDate() {
        String sentence = "Wang Yi est arrivé mardi à Moscou, sa première visite depuis l'invasion en février.";
        assertThat(occurredAt(sentence, "2023-07-12", "arrivé")).isEqualTo("2023-07-11");
    }

    @Test
    void aSeasonWithItsYearGivesThatYear() {
        assertThat(planned("Le président chinois se rendra en Russie au printemps 2023.", dated("2022-12-30"))).isEqualTo("2023");
        assertThat(occurred("Les deux ministres se sont vus à l'automne 2022.", ArticleDate.UNDATED)).isEqualTo("2022");
    }

    @Test
    void aPlannedSpringVisitAnnouncedInWinterIsOfTheComingSpring() {
        assertThat(planned("Le président chinois se rendra en Russie au printemps.", dated("2022-12-30"))).isEqualTo("2023");
    }

    @Test
    void lastSummerInAutumnIsTheSummerJustEnded() {
        assertThat(occurred("Les deux ministres se sont vus l'été dernier à Pékin.", dated("2023-10-05"))).isEqualTo("2023");
        assertThat(occurred("Les deux ministres se sont vus l'été dernier à Pékin.", dated("2023-04-05"))).isEqualTo("2022");
    }

    @Test
    void whenAParticipantTookOfficeIsNotTheDateOfTheTalks() {
        assertThat(occurred("Guérassimov a parlé par visioconférence avec Liu Zhenli, qui a été nommé en janvier chef d'état-major.",
            dated("2023-06"))).isEqualTo("2023-06");
    }

    @Test
    void theSpecialMilitaryOperationNeedsNoUkraineBesideItToDateAnEvent() {
        assertThat(occurred("Il a assisté au défilé un an après le début de l'opération militaire spéciale.", dated("2023-06")))
            .isEqualTo("2023-02-24");
    }
}
