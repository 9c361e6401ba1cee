package org.entente.report.briefing;

import java.util.Comparator;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.Mention;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.PartialDate;
import org.entente.report.ArticleSummary;

/** The columns and row order of the CSV exports, as /work/shared/contract.md promises them. */
public final class CsvRows {

    static final String[] ARTICLE_HEADER = {
        "article", "file", "title", "published", "date_precision", "date_source", "status", "reason", "mentions",
        // added after the contract's columns, as it allows
        "author", "note", "repeats"};
    static final String[] MENTION_HEADER = {
        "article", "sentence", "type", "status", "date", "date_precision", "month", "participants_a", "participants_b",
        "direction", "event_id", "text"};
    static final String[] EVENT_HEADER = {
        "event_id", "type", "status", "date", "date_precision", "month", "country_a", "country_b", "participants_a",
        "participants_b", "direction", "location", "mentions", "articles", "evidence",
        // added after the contract's columns, as it allows: what an analyst's correction did
        "correction"};
    static final String[] COUNT_HEADER = {
        "month", "contacts", "meetings", "shared_positions", "total", "planned", "articles"};

    public static final Comparator<ArticleSummary> ARTICLE_ORDER = Comparator.comparing(ArticleSummary::article)
        .thenComparing(ArticleSummary::file);

    /** Undated events go last; the id breaks ties so that the order never depends on the input's order. */
    public static final Comparator<Event> EVENT_ORDER = Comparator
        .comparing(Event::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
        .thenComparing(Event::type)
        .thenComparing(Event::id);

    static final Comparator<MentionRow> MENTION_ORDER = Comparator
        .comparing((MentionRow m) -> m.mention().article())
        .thenComparingInt(m -> m.mention().sentence())
        .thenComparing(m -> m.mention().type())
        .thenComparing(m -> m.mention().direction(), Comparator.nullsFirst(Comparator.<Direction>naturalOrder()))
        .thenComparing(MentionRow::eventId)
        .thenComparing(m -> m.mention().text());

    private CsvRows() {
    }

    static List<String> article(ArticleSummary a) {
        PartialDate date = a.published().date();
        return List.of(a.article(), a.file(), a.title(), text(date), a.published().precision().label(),
            a.published().source().label(), a.status().label(), a.reason(), Integer.toString(a.mentions()), a.author(),
            a.note(), a.repeats());
    }

    static List<String> mention(MentionRow em) {
        Mention m = em.mention();
        return List.of(m.article(), Integer.toString(m.sentence()), m.type().label(), m.status().label(),
            text(m.date()), precision(m.date()), month(m.date()), String.join(";", m.participantsA()),
            String.join(";", m.participantsB()), m.direction() == null ? "" : m.direction().label(), em.eventId(),
            m.text());
    }

    static List<String> event(EventRow row, Dyad dyad) {
        Event e = row.event();
        return List.of(e.id(), e.type().label(), e.status().label(), text(e.date()), precision(e.date()),
            month(e.date()), orDefault(e.countryA(), dyad.sideA()), orDefault(e.countryB(), dyad.sideB()),
            String.join(";", e.participantsA()), String.join(";", e.participantsB()),
            e.direction() == null ? "" : e.direction().label(), e.location(), Integer.toString(row.mentions()),
            row.articles(), e.evidence(), e.correction());
    }

    static List<String> count(MonthlyCount c) {
        return List.of(c.month(), Integer.toString(c.contacts()), Integer.toString(c.meetings()),
            Integer.toString(c.sharedPositions()), Integer.toString(c.total()), Integer.toString(c.planned()),
            Integer.toString(c.articles()));
    }

    private static String text(PartialDate date) {
        return date == null ? "" : date.toString();
    }

    private static String precision(PartialDate date) {
        return date == null ? "none" : date.precision().label();
    }

    private static String month(PartialDate date) {
        return date == null ? "" : date.yearMonth().map(Object::toString).orElse("");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
