package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.MonthlyCount;
import org.entente.report.ArticleSummary;
import org.junit.jupiter.api.Test;

class BriefingFactsTest {

    private final List<ArticleSummary> articles = BriefingFixtures.articles();

    @Test
    void monthEventsAreTheOccurredOnesDatedInTheMonthInDateOrder() {
        List<Event> events = BriefingFixtures.events();
        BriefingFacts facts = BriefingFacts.of(YearMonth.of(2023, 6), BriefingFixtures.counts(events, articles), events, articles);

        assertThat(facts.monthEvents()).extracting(Event::id)
            .containsExactly("e-soutien-juin", "e-rencontre-juin", "e-commune-juin"); // month precision first, then by type
        assertThat(facts.plannedAhead().first()).extracting(Event::id).containsExactly("e-visite-octobre");
        assertThat(facts.eventsWithoutMonth().first()).extracting(Event::id).containsExactly("e-sans-date");
        assertThat(facts.undatedArticles().first()).extracting(ArticleSummary::article).containsExactly("a05_sans_date");
        assertThat(facts.rejectedArticles().first()).extracting(ArticleSummary::article).containsExactly("a06_vide");
    }

    @Test
    void plannedEventsBeforeTheReportMonthAreNotAhead() {
        List<Event> events = new ArrayList<>(BriefingFixtures.events());
        events.add(BriefingFixtures.event("e-prevue-mai", EventType.CONTACT, EventStatus.PLANNED,
            BriefingFixtures.month(2023, 5), null, List.of("Qin Gang"), List.of(), "",
            BriefingFixtures.mention("a04_appel_mai", 4, "Les deux ministres doivent se parler à nouveau ce mois-ci.")));

        BriefingFacts facts = BriefingFacts.of(YearMonth.of(2023, 6), List.of(), events, articles);

        assertThat(facts.plannedAhead().first()).extracting(Event::id).containsExactly("e-visite-octobre");
    }

    @Test
    void comparisonIsMissingWhereTheDataDoesNotReachAndAveragesOnlyCoveredMonths() {
        List<MonthlyCount> counts = List.of(
            new MonthlyCount("2023-04", 1, 2, 0, 0, 10),
            new MonthlyCount("2023-05", 0, 1, 1, 1, 8),
            new MonthlyCount("2023-06", 2, 0, 3, 0, 12),
            new MonthlyCount(MonthlyCount.UNDATED, 0, 4, 0, 0, 0));

        KeyFigures june = BriefingFacts.of(YearMonth.of(2023, 6), counts, List.of(), List.of()).figures();
        KeyFigures april = BriefingFacts.of(YearMonth.of(2023, 4), counts, List.of(), List.of()).figures();

        assertThat(june.value(Figure.TOTAL)).isEqualTo(5);
        assertThat(june.change(Figure.TOTAL)).hasValue(3);
        assertThat(june.change(Figure.ARTICLES)).hasValue(4);
        assertThat(june.averageMonths()).isEqualTo(2);
        assertThat(june.average(Figure.TOTAL)).hasValue(2.5);
        assertThat(april.change(Figure.TOTAL)).isEmpty();
        assertThat(april.average(Figure.TOTAL)).isEmpty();
    }

    @Test
    void reportMonthOutsideTheDataHasZeroFigures() {
        KeyFigures figures = BriefingFacts.of(YearMonth.of(2030, 1),
            List.of(new MonthlyCount("2023-05", 1, 1, 1, 0, 3)), List.of(), List.of()).figures();

        assertThat(figures.value(Figure.TOTAL)).isZero();
        assertThat(figures.change(Figure.TOTAL)).isEmpty();
    }
}
