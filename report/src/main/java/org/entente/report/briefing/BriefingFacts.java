package org.entente.report.briefing;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.FileStatus;
import org.entente.ingest.PartialDate;
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
 */
record BriefingFacts(YearMonth month, int articlesRead, Map<YearMonth, MonthlyCount> countsByMonth,
                     KeyFigures figures, List<Event> monthEvents, List<Event> plannedAhead,
                     List<Event> eventsWithoutMonth, List<ArticleSummary> undatedArticles,
                     List<ArticleSummary> rejectedArticles) {

    static final Comparator<Event> BY_DATE = CsvRows.EVENT_ORDER;

    static BriefingFacts of(YearMonth month, List<MonthlyCount> counts, List<Event> events,
                            List<ArticleSummary> articles) {
        Map<YearMonth, MonthlyCount> byMonth = new HashMap<>();
        for (MonthlyCount count : counts) {
            parseMonth(count.month()).ifPresent(m -> byMonth.put(m, count));
        }
        List<Event> inMonth = new ArrayList<>();
        List<Event> planned = new ArrayList<>();
        List<Event> withoutMonth = new ArrayList<>();
        for (Event event : events) {
            Optional<YearMonth> eventMonth = Optional.ofNullable(event.date()).flatMap(PartialDate::yearMonth);
            if (eventMonth.isEmpty()) {
                withoutMonth.add(event);
            } else if (event.status() == EventStatus.OCCURRED && eventMonth.get().equals(month)) {
                inMonth.add(event);
            } else if (event.status() == EventStatus.PLANNED && !eventMonth.get().isBefore(month)) {
                planned.add(event);
            }
        }
        inMonth.sort(BY_DATE);
        planned.sort(BY_DATE);
        withoutMonth.sort(BY_DATE);
        List<ArticleSummary> undated = new ArrayList<>();
        List<ArticleSummary> rejected = new ArrayList<>();
        for (ArticleSummary article : articles) {
            if (article.status() == FileStatus.UNDATED) {
                undated.add(article);
            } else if (article.status() == FileStatus.REJECTED) {
                rejected.add(article);
            }
        }
        undated.sort(CsvRows.ARTICLE_ORDER);
        rejected.sort(CsvRows.ARTICLE_ORDER);
        return new BriefingFacts(month, articles.size(), Map.copyOf(byMonth), KeyFigures.of(month, byMonth),
            List.copyOf(inMonth), List.copyOf(planned), List.copyOf(withoutMonth), List.copyOf(undated),
            List.copyOf(rejected));
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
