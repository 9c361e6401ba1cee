package org.entente.report.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The events table: the result of merging every mention, rebuilt whole on each run. */
@Repository
public class EventStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public EventStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void replaceAll(List<Event> events) {
        deleteAll();
        insertAll(events);
    }

    public void deleteAll() {
        jdbc.sql("delete from entente_event").update();
    }

    public void insertAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        // One batch, not one statement per event: a year of news makes tens of thousands.
        batch.batchUpdate("""
                insert into entente_event (event_id, type, status, event_date, country_a, country_b, participants_a,
                    participants_b, direction, location, mention_count, articles, evidence, correction)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            events.stream().map(e -> new Object[] {e.id(), e.type().name(), e.status().name(),
                e.date() == null ? null : e.date().toString(), e.countryA(), e.countryB(),
                String.join(";", e.participantsA()), String.join(";", e.participantsB()),
                e.direction() == null ? null : e.direction().name(), e.location(), e.mentions().size(),
                String.join(";", e.articles()), e.evidence(), e.correction()}).toList());
    }

    /** Every event with the mentions merged into it, by event id. */
    public List<Event> all(Map<String, List<Mention>> mentionsByEvent) {
        return jdbc.sql("select * from entente_event order by event_id")
            .query((rs, n) -> event(rs, mentionsByEvent.getOrDefault(rs.getString("event_id"), List.of())))
            .list();
    }

    /** An event from a row of entente_event, with the mentions given. */
    static Event event(ResultSet rs, List<Mention> mentions) throws SQLException {
        return new Event(rs.getString("event_id"), EventType.valueOf(rs.getString("type")),
            EventStatus.valueOf(rs.getString("status")),
            StoredDates.parse(rs.getString("event_date")),
            rs.getString("country_a"), rs.getString("country_b"),
            MentionStore.names(rs.getString("participants_a")), MentionStore.names(rs.getString("participants_b")),
            rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
            rs.getString("location"), mentions, rs.getString("evidence"), rs.getString("correction"));
    }

    /** The SQL condition that keeps an event in the counts and the briefing: an analyst did not drop it. */
    static final String KEPT = "correction not like 'dropped%'";
}
