package org.entente.analyze.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private final EventMerger merger = new EventMerger(Dyad.CHINA_RUSSIA);

    private static Mention meeting(String article, int sentence, String date, List<String> a, List<String> b, String text) {
        return new Mention(article, sentence, EventType.MEETING, EventStatus.OCCURRED, date == null ? null : PartialDate.parse(date),
            a, b, null, null, "", text);
    }

    private static Mention contact(String article, int sentence, String date, List<String> a, List<String> b) {
        return new Mention(article, sentence, EventType.CONTACT, EventStatus.OCCURRED, PartialDate.parse(date),
            a, b, null, null, "", "Les deux hommes se sont parlé au téléphone.");
    }

    private static Mention position(String article, int sentence, String date, Direction direction, String occasion, String text) {
        return new Mention(article, sentence, EventType.SHARED_POSITION, EventStatus.OCCURRED, PartialDate.parse(date),
            List.of(), List.of(), direction, occasion, "", text);
    }

    @Test
    void oneVisitReportedByFiveArticlesIsOneEventWithFiveMentions() {
        List<Mention> mentions = List.of(
            meeting("afp-1", 2, "2023-03-21", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi et Poutine se sont rencontrés mardi au Kremlin."),
            meeting("rfi-7", 1, "2023-03", List.of("Xi Jinping"), List.of(), "Le président chinois est en visite d'État à Moscou."),
            meeting("lm-3", 4, "2023-03-21", List.of(), List.of("Vladimir Poutine"), "Poutine a reçu son homologue chinois."),
            meeting("fig-9", 2, "2023-03-21", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Mardi, Xi a eu des pourparlers avec Poutine."),
            meeting("lib-5", 3, "2023-03", List.of(), List.of(), "La Chine et la Russie ont tenu un sommet à Moscou."));

        List<Event> events = merger.merge(mentions);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mentions()).hasSize(5);
            assertThat(e.articles()).containsExactly("afp-1", "fig-9", "lib-5", "lm-3", "rfi-7");
            assertThat(e.date()).hasToString("2023-03-21");
            assertThat(e.participantsA()).containsExactly("Xi Jinping");
            assertThat(e.participantsB()).containsExactly("Vladimir Poutine");
            assertThat(e.countryA()).isEqualTo("CHN");
            assertThat(e.countryB()).isEqualTo("RUS");
            assertThat(e.evidence()).isEqualTo("Xi et Poutine se sont rencontrés mardi au Kremlin.");
        });
    }

    @Test
    void meetingsWithDifferentNamedCounterpartsInOneMonthStayApart() {
        List<Event> events = merger.merge(List.of(
            meeting("a", 3, "2023-09", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Lundi, Wang s'est entretenu avec Lavrov."),
            meeting("a", 5, "2023-09", List.of("Wang Yi"), List.of("Nikolai Patrushev"), "Mardi, Wang a rencontré Patrouchev.")));

        assertThat(events).hasSize(2);
        assertThat(events).extracting(Event::participantsB)
            .containsExactlyInAnyOrder(List.of("Sergueï Lavrov"), List.of("Nikolai Patrushev"));
    }

    @Test
    void countryOnlySideJoinsTheFirstReportedOfTwoCompatibleMeetings() {
        List<Event> events = merger.merge(List.of(
            meeting("a", 3, "2023-09", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Lundi, Wang s'est entretenu avec Lavrov."),
            meeting("a", 5, "2023-09", List.of("Wang Yi"), List.of("Nikolai Patrushev"), "Mardi, Wang a rencontré Patrouchev."),
            meeting("a", 9, "2023-09", List.of("Wang Yi"), List.of(), "Wang effectue une visite de quatre jours en Russie.")));

        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.participantsB().contains("Sergueï Lavrov"))
            .singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void visitAndTheTalksHeldDuringItAreOneEvent() {
        List<Event> events = merger.merge(List.of(
            meeting("b", 2, "2023-02", List.of("Wang Yi"), List.of(), "La visite de Wang à Moscou marque un rapprochement.", "Moscou"),
            meeting("b", 3, "2023-02-22", List.of("Wang Yi"), List.of("Vladimir Poutine"), "Wang a tenu des pourparlers avec Poutine mercredi.", "")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.date()).hasToString("2023-02-22");
            assertThat(e.location()).isEqualTo("Moscou");
        });
    }

    private static Mention meeting(String article, int sentence, String date, List<String> a, List<String> b, String text, String location) {
        return new Mention(article, sentence, EventType.MEETING, EventStatus.OCCURRED, PartialDate.parse(date),
            a, b, null, null, location, text);
    }

    @Test
    void yearPrecisionMentionJoinsTheEarliestCompatibleEvent() {
        List<Event> events = merger.merge(List.of(
            meeting("c", 1, "2022-09-15", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi et Poutine se sont vus à Samarcande."),
            meeting("d", 1, "2022-02-04", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi a reçu Poutine à Pékin."),
            meeting("e", 6, "2022", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi a rencontré Poutine l'année dernière.")));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).date()).hasToString("2022-02-04");
        assertThat(events.get(0).articles()).containsExactly("d", "e");
        assertThat(events.get(1).articles()).containsExactly("c");
    }

    @Test
    void differentDaysOrIncompatibleMonthsAreDifferentEvents() {
        assertThat(merger.merge(List.of(
            contact("a", 1, "2023-03-20", List.of("Wang Yi"), List.of("Sergueï Lavrov")),
            contact("b", 1, "2023-03-21", List.of("Wang Yi"), List.of("Sergueï Lavrov")),
            contact("c", 1, "2023-04", List.of("Wang Yi"), List.of("Sergueï Lavrov"))))).hasSize(3);
    }

    @Test
    void differentTypeOrStatusAreNeverMerged() {
        Mention planned = new Mention("a", 2, EventType.MEETING, EventStatus.PLANNED, PartialDate.parse("2023-10"),
            List.of("Xi Jinping"), List.of("Vladimir Poutine"), null, null, "", "Poutine se rendra en Chine en octobre.");
        assertThat(merger.merge(List.of(
            meeting("a", 1, "2023-10", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi a vu Poutine."),
            contact("a", 3, "2023-10", List.of("Xi Jinping"), List.of("Vladimir Poutine")),
            planned))).hasSize(3);
    }

    @Test
    void undatedMentionsMergeOnlyWithinTheirArticle() {
        List<Event> events = merger.merge(List.of(
            meeting("u1", 1, null, List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang a rencontré Lavrov."),
            meeting("u1", 4, null, List.of(), List.of("Sergueï Lavrov"), "Lavrov a reçu le ministre chinois."),
            meeting("u2", 2, null, List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang a rencontré Lavrov."),
            meeting("u3", 2, "2023-05", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang a rencontré Lavrov.")));

        assertThat(events).hasSize(3);
        assertThat(events.get(0).date()).hasToString("2023-05");
        assertThat(events).filteredOn(e -> e.date() == null).extracting(e -> e.mentions().size()).containsExactly(2, 1);
    }

    @Test
    void sharedPositionsOfOneOccasionCollapseIntoOnePerDirection() {
        List<Mention> mentions = List.of(
            meeting("s", 4, "2023-06", List.of("Qin Gang"), List.of("Andrey Rudenko"), "Qin Gang a rencontré Andrey Rudenko dimanche."),
            position("s", 5, "2023-06", Direction.JOINT, "s#4", "Les deux parties ont hautement loué les relations."),
            position("s", 6, "2023-06", Direction.JOINT, "s#4", "Les deux pays travailleront ensemble."),
            position("s", 7, "2023-06", Direction.A_TO_B, "s#4", "La Chine soutient la Russie."),
            position("s", 2, "2023-06", Direction.A_TO_B, null, "Pékin a exprimé son soutien au Kremlin."),
            position("s", 3, "2023-06", Direction.A_TO_B, null, "La Chine soutient la stabilité de la Russie."));

        List<Event> positions = merger.merge(mentions).stream().filter(e -> e.type() == EventType.SHARED_POSITION).toList();

        assertThat(positions).hasSize(3);
        assertThat(positions).filteredOn(e -> e.direction() == Direction.JOINT).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::sentence).containsExactly(5, 6));
        assertThat(positions).filteredOn(e -> e.direction() == Direction.A_TO_B)
            .extracting(e -> e.mentions().stream().map(Mention::sentence).toList())
            .containsExactlyInAnyOrder(List.of(2, 3), List.of(7));
    }

    @Test
    void sameStatementAtTheSameMeetingReportedByTwoOutletsIsOneEventDatedByTheMeeting() {
        List<Event> events = merger.merge(List.of(
            meeting("x", 1, "2023-03-21", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi et Poutine se sont rencontrés."),
            meeting("y", 2, "2023-03", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Poutine a reçu Xi au Kremlin."),
            position("x", 2, "2023-03-21", Direction.JOINT, "x#1", "Ils ont présenté un front uni."),
            position("y", 3, "2023-03-22", Direction.JOINT, "y#2", "Mercredi, les deux dirigeants ont affiché leur unité."),
            position("y", 5, "2023-03", Direction.JOINT, null, "Les deux pays partagent le même point de vue.")));

        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).hasSize(1);
        assertThat(events).filteredOn(e -> e.type() == EventType.SHARED_POSITION)
            .extracting(e -> e.mentions().size())
            .containsExactlyInAnyOrder(2, 1);
        assertThat(events).filteredOn(e -> e.type() == EventType.SHARED_POSITION && e.mentions().size() == 2)
            .singleElement().satisfies(e -> assertThat(e.date()).hasToString("2023-03-21"));
    }

    @Test
    void occasionPointingAtNoMentionFallsBackToTheArticle() {
        List<Event> events = merger.merge(List.of(
            position("z", 2, "2023-06", Direction.B_TO_A, "z#40", "Moscou soutient Pékin sur Taïwan."),
            position("z", 3, "2023-06", Direction.B_TO_A, null, "La Russie défend le principe d'une seule Chine.")));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void shuffledInputGivesIdenticalEventsAndIds() {
        List<Mention> mentions = new ArrayList<>(List.of(
            meeting("a", 3, "2023-09", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Lundi, Wang s'est entretenu avec Lavrov."),
            meeting("a", 5, "2023-09", List.of("Wang Yi"), List.of("Nikolai Patrushev"), "Mardi, Wang a rencontré Patrouchev."),
            meeting("a", 9, "2023-09", List.of("Wang Yi"), List.of(), "Wang effectue une visite en Russie."),
            meeting("b", 1, "2023-09-11", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang et Lavrov se sont vus à Moscou."),
            meeting("c", 6, "2023", List.of("Wang Yi"), List.of(), "Wang s'est rendu en Russie cette année."),
            contact("d", 2, "2023-09-20", List.of("Xi Jinping"), List.of("Vladimir Poutine")),
            position("a", 4, "2023-09", Direction.JOINT, "a#3", "Les deux ministres ont réaffirmé leur confiance."),
            position("b", 2, "2023-09-11", Direction.JOINT, "b#1", "Ils ont promis de coopérer."),
            position("a", 10, "2023-09", Direction.A_TO_B, null, "La Chine est disposée à travailler avec la Russie.")));
        List<Event> reference = merger.merge(mentions);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(mentions, random);
            assertThat(new EventMerger(Dyad.CHINA_RUSSIA).merge(mentions)).isEqualTo(reference);
        }
        assertThat(reference).extracting(Event::id).doesNotHaveDuplicates()
            .allSatisfy(id -> assertThat(id).matches("E[0-9a-f]{10}"));
        assertThat(reference).filteredOn(e -> e.type() == EventType.SHARED_POSITION && e.direction() == Direction.JOINT)
            .singleElement().satisfies(e -> assertThat(e.articles()).containsExactly("a", "b"));
    }

    @Test
    void idDependsOnContentNotOnWhatElseIsInTheRun() {
        Mention call = contact("d", 2, "2023-09-20", List.of("Xi Jinping"), List.of("Vladimir Poutine"));
        String alone = merger.merge(List.of(call)).get(0).id();
        String withOthers = merger.merge(List.of(
                meeting("a", 1, "2023-01", List.of("Wang Yi"), List.of(), "Wang est à Moscou."), call))
            .stream().filter(e -> e.type() == EventType.CONTACT).findFirst().orElseThrow().id();
        assertThat(withOthers).isEqualTo(alone);
    }

    @Test
    void twoMeetingsReportedInOneSentenceGetDistinctIds() {
        List<Event> events = merger.merge(List.of(
            meeting("a", 3, "2023-02", List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang a rencontré Lavrov et Patrouchev."),
            meeting("a", 3, "2023-02", List.of("Wang Yi"), List.of("Nikolai Patrushev"), "Wang a rencontré Lavrov et Patrouchev.")));
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void eventsComeInDateOrderWithUndatedLast() {
        List<Event> events = merger.merge(List.of(
            meeting("a", 1, null, List.of("Wang Yi"), List.of("Sergueï Lavrov"), "Wang a rencontré Lavrov."),
            meeting("b", 1, "2023-05", List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Xi a vu Poutine."),
            meeting("c", 1, "2022-11-02", List.of("Li Qiang"), List.of("Mikhaïl Michoustine"), "Li a reçu Michoustine.")));
        assertThat(events).extracting(e -> String.valueOf(e.date())).containsExactly("2022-11-02", "2023-05", "null");
    }

    @Test
    void evidencePrefersMostNamedParticipantsThenADateExpression() {
        List<Event> events = merger.merge(List.of(
            meeting("a", 1, "2023-05", List.of("Xi Jinping"), List.of(), "Xi a vu le président russe."),
            meeting("a", 2, "2023-05", List.of("Xi Jinping"), List.of(), "Mardi, Xi a vu le président russe au Kremlin.")));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.evidence()).startsWith("Mardi"));
    }
}
