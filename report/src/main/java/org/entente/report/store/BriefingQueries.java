package org.entente.report.store;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.entente.analyze.Event;
import org.entente.analyze.Mention;
import org.entente.report.briefing.ArticleTally;
import org.entente.report.briefing.BriefingInputs;
import org.entente.report.briefing.BriefingOptions;
import org.entente.report.briefing.ChartTally;
import org.entente.report.briefing.CsvRows;
import org.entente.report.briefing.Listing;
import org.springframework.stereotype.Repository;

/**
 * Reads the events the briefing needs, and no more: the report month's events (with their mentions), the heads of
 * the briefing's cut event lists, and the chart window's events counted one at a time. The SQL narrows the rows
 * down; the briefing's own rules then decide, so that the two can never disagree on which event goes where.
 */
@Repository
public class BriefingQueries {

    private final RowStream rows;

    public BriefingQueries(DataSource dataSource) {
        this.rows = new RowStream(dataSource);
    }

    /**
     * The events and articles the briefing for a month prints.
     *
     * @param articles the articles as tallied while articles.csv was written, so that they are not read again
     */
    public BriefingInputs briefingInputs(YearMonth month, ArticleTally articles) throws IOException {
        List<Event> inMonth = new ArrayList<>();
        Listing.Builder<Event> planned = Listing.builder(CsvRows.EVENT_ORDER);
        Listing.Builder<Event> withoutMonth = Listing.builder(CsvRows.EVENT_ORDER);
        // a superset of the three sections: events without a month, the month's, and planned ones from it on
        String sql = EVENT_COLUMNS + " where " + EventStore.KEPT + """
             and (event_date is null or length(event_date) < 7 or event_date like ?
                  or (status = 'PLANNED' and event_date >= ?))""";
        rows.forEach(sql, (rs, n) -> EventStore.event(rs, List.of()), event -> {
            switch (BriefingInputs.Section.of(event, month)) {
                case MONTH -> inMonth.add(event);
                case PLANNED_AHEAD -> planned.add(event);
                case WITHOUT_MONTH -> withoutMonth.add(event);
                case NONE -> { }
            }
        }, month + "%", month.toString());
        Listing<Event> plannedAhead = planned.build();
        Listing<Event> noMonth = withoutMonth.build();
        Map<String, List<Mention>> mentions = mentionsOf(inMonth, plannedAhead.first(), noMonth.first());
        inMonth.sort(CsvRows.EVENT_ORDER);
        return new BriefingInputs(articles.read(), withMentions(inMonth, mentions),
            new Listing<>(withMentions(plannedAhead.first(), mentions), plannedAhead.total()),
            new Listing<>(withMentions(noMonth.first(), mentions), noMonth.total()), articles.undated(),
            articles.rejected(), articles.articlesIn(month), articles.storiesIn(month));
    }

    /** The chart window's occurred events, counted as the charts need them, one row at a time. */
    public ChartTally chartTally(BriefingOptions options) throws IOException {
        ChartTally tally = new ChartTally(options);
        String sql = EVENT_FACTS + " where " + EventStore.KEPT + """
             and status = 'OCCURRED' and length(event_date) >= 7 and substr(event_date, 1, 7) between ? and ?""";
        rows.forEach(sql, (rs, n) -> EventStore.event(rs, List.of()), tally::add,
            tally.firstMonth().toString(), tally.lastMonth().toString());
        return tally;
    }

    /** An event's own columns, without the article list, which the mentions give. */
    private static final String EVENT_COLUMNS = """
        select event_id, type, status, event_date, country_a, country_b, participants_a, participants_b, direction,
               location, evidence, correction
        from entente_event""";

    /** The same without the evidence either, for counting. */
    private static final String EVENT_FACTS = EVENT_COLUMNS.replace("evidence,", "'' as evidence,");

    /** A stored mention with the event it was merged into. */
    private record EventMention(String eventId, int seq, Mention mention) {
    }

    /**
     * The mentions of the given events, by event id, in article and position order (the order of EventStore.all).
     * One pass over the mentions, keeping those of the wanted events: with no index on event_id, a look-up per
     * batch of ids would scan the table once per batch.
     */
    @SafeVarargs
    private Map<String, List<Mention>> mentionsOf(List<Event>... events) throws IOException {
        Set<String> ids = new HashSet<>();
        for (List<Event> list : events) {
            list.forEach(e -> ids.add(e.id()));
        }
        List<EventMention> found = new ArrayList<>();
        // a row of another event is not even mapped: the mapper gives null and the sink passes it by
        rows.forEach(MentionStore.SELECT + " where event_id is not null",
            (rs, n) -> ids.contains(rs.getString("event_id"))
                ? new EventMention(rs.getString("event_id"), rs.getInt("seq"), MentionStore.mention(rs)) : null,
            m -> {
                if (m != null) {
                    found.add(m);
                }
            });
        found.sort(Comparator.comparing((EventMention m) -> m.mention().article()).thenComparingInt(EventMention::seq));
        Map<String, List<Mention>> byEvent = new HashMap<>();
        found.forEach(m -> byEvent.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m.mention()));
        return byEvent;
    }

    private static List<Event> withMentions(List<Event> events, Map<String, List<Mention>> mentions) {
        return events.stream().map(e -> new Event(e.id(), e.type(), e.status(), e.date(), e.countryA(), e.countryB(),
            e.participantsA(), e.participantsB(), e.direction(), e.location(), mentions.getOrDefault(e.id(), List.of()),
            e.evidence(), e.correction())).toList();
    }
}
