package org.entente.report.briefing;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.analyze.Event;
import org.entente.analyze.MonthlyCount;
import org.entente.report.ArticleSummary;

/**
 * What the briefing says, picked from the run's outputs for one report month: the figures, the month's events,
 * the planned ones ahead and what could not be counted.
 *
 * @param countsByMonth    monthly_counts rows by month (the {@code undated} row left out)
 * @param monthEvents      occurred events dated in the report month
 * @param plannedAhead     planned events for the report month or later
 * @param eventsWithoutMonth events whose date has no month (year only, or none)
 * @param undatedArticles  articles the ingest could not date
 * @param rejectedArticles files that were not read as articles
 * @param monthArticles    articles published in the report month
 * @param monthStories     the distinct stories they tell (a wire story taken up by several outlets is one)
 */
record BriefingFacts(YearMonth month, int articlesRead, Map<YearMonth, MonthlyCount> countsByMonth,
                     KeyFigures figures, List<Event> monthEvents, Listing<Event> plannedAhead,
                     Listing<Event> eventsWithoutMonth, Listing<ArticleSummary> undatedArticles,
                     Listing<ArticleSummary> rejectedArticles, int monthArticles, int monthStories) {

    static BriefingFacts of(YearMonth month, List<MonthlyCount> counts, List<Event> events,
                            List<ArticleSummary> articles) {
        return of(month, counts, BriefingInputs.of(month, events, articles));
    }

    static BriefingFacts of(YearMonth month, List<MonthlyCount> counts, BriefingInputs inputs) {
        Map<YearMonth, MonthlyCount> byMonth = new HashMap<>();
        for (MonthlyCount count : counts) {
            parseMonth(count.month()).ifPresent(m -> byMonth.put(m, count));
        }
        return new BriefingFacts(month, inputs.articlesRead(), Map.copyOf(byMonth), KeyFigures.of(month, byMonth),
            inputs.monthEvents(), inputs.plannedAhead(), inputs.eventsWithoutMonth(), inputs.undatedArticles(),
            inputs.rejectedArticles(), inputs.monthArticles(), inputs.monthStories());
    }

    /** The first and last month the monthly counts cover, when they cover any. */
    Optional<YearMonth> firstMonth() {
        return countsByMonth.keySet().stream().min(Comparator.naturalOrder());
    }

    Optional<YearMonth> lastMonth() {
        return countsByMonth.keySet().stream().max(Comparator.naturalOrder());
    }

    private static Optional<YearMonth> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the "undated" row
        }
    }
}
