package org.entente.report.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;

/**
 * The kept (not dropped) events as the monthly counts and the choice of report month read them: by date, status
 * and type only. Gathered as events.csv is written; it grows with the number of distinct dates, not of events.
 */
public final class EventTally {

    /** What an event is counted by. */
    private record Key(PartialDate date, EventStatus status, EventType type) {
    }

    private final Map<Key, Integer> kept = new LinkedHashMap<>();

    public void add(Event event) {
        if (!event.isDropped()) {
            kept.merge(new Key(event.date(), event.status(), event.type()), 1, Integer::sum);
        }
    }

    /**
     * One event per kept event, carrying only its date, status and type (no mentions, persons or text):
     * all that MonthlyCounter and ReportMonth read. Equal events share one instance.
     */
    public List<Event> kept() {
        RepeatedList<Event> events = new RepeatedList<>();
        kept.forEach((key, times) -> events.append(new Event(key.date() + "|" + key.status() + "|" + key.type(),
            key.type(), key.status(), key.date(), "", "", List.of(), List.of(), null, "", List.of(), ""), times));
        return events;
    }
}
