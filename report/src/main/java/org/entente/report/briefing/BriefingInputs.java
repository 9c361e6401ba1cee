package org.entente.report.briefing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.ingest.FileStatus;
import org.entente.ingest.PartialDate;
import org.entente.report.ArticleSummary;

/**
 * The events and articles a briefing prints, already picked for its month, so that a store can load just these
 * rather than the whole corpus. Events come with their mentions (the briefing quotes them); dropped events are
 * never among them.
 *
 * @param articlesRead       how many files the run stored, rejected ones included
 * @param monthEvents        occurred events dated in the report month, in date order, all of them
 * @param plannedAhead       planned events for the report month or later, in date order
 * @param eventsWithoutMonth events whose date has no month (year only, or none), in date order
 * @param undatedArticles    articles the ingest could not date, by article id
 * @param rejectedArticles   files that were not read as articles, by article id
 */
public record BriefingInputs(int articlesRead, List<Event> monthEvents, Listing<Event> plannedAhead,
                             Listing<Event> eventsWithoutMonth, Listing<ArticleSummary> undatedArticles,
                             Listing<ArticleSummary> rejectedArticles, int monthArticles, int monthStories) {

    public BriefingInputs {
        monthEvents = List.copyOf(monthEvents);
    }

    /** Where an event goes in the briefing. */
    public enum Section {
        MONTH, PLANNED_AHEAD, WITHOUT_MONTH, NONE;

        public static Section of(Event event, YearMonth month) {
            Optional<YearMonth> eventMonth = Optional.ofNullable(event.date()).flatMap(PartialDate::yearMonth);
            if (eventMonth.isEmpty()) {
                return WITHOUT_MONTH;
            }
            if (event.status() == EventStatus.OCCURRED && eventMonth.get().equals(month)) {
                return MONTH;
            }
            if (event.status() == EventStatus.PLANNED && !eventMonth.get().isBefore(month)) {
                return PLANNED_AHEAD;
            }
            return NONE;
        }
    }

    /** Picks the inputs from whole lists of (kept) events and articles. */
    public static BriefingInputs of(YearMonth month, List<Event> events, List<ArticleSummary> articles) {
        List<Event> inMonth = new ArrayList<>();
        List<Event> planned = new ArrayList<>();
        List<Event> withoutMonth = new ArrayList<>();
        for (Event event : events) {
            switch (Section.of(event, month)) {
                case MONTH -> inMonth.add(event);
                case PLANNED_AHEAD -> planned.add(event);
                case WITHOUT_MONTH -> withoutMonth.add(event);
                case NONE -> { }
            }
        }
        inMonth.sort(CsvRows.EVENT_ORDER);
        planned.sort(CsvRows.EVENT_ORDER);
        withoutMonth.sort(CsvRows.EVENT_ORDER);
        List<ArticleSummary> undated = new ArrayList<>();
        List<ArticleSummary> rejected = new ArrayList<>();
        for (ArticleSummary article : articles) {
            if (article.status() == FileStatus.UNDATED) {
                undated.add(article);
            } else if (article.status() == FileStatus.REJECTED) {
                rejected.add(article);
            }
        }
        ArticleTally tally = new ArticleTally();
        articles.forEach(tally::add);
        undated.sort(CsvRows.ARTICLE_ORDER);
        rejected.sort(CsvRows.ARTICLE_ORDER);
        return new BriefingInputs(articles.size(), inMonth, Listing.of(planned), Listing.of(withoutMonth),
            Listing.of(undated), Listing.of(rejected), tally.articlesIn(month), tally.storiesIn(month));
    }
}
