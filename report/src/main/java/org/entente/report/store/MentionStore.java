package org.entente.report.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mentions table: every sentence-level report of an event, keyed by article and position. */
@Repository
public class MentionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public MentionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces an article's mentions, so that analysing it again never duplicates a row. */
    public void replace(String articleId, List<Mention> mentions) {
        jdbc.sql("delete from entente_mention where article_id = ?").param(articleId).update();
        if (mentions.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(mentions.size());
        int seq = 0;
        for (Mention m : mentions) {
            rows.add(new Object[] {articleId, ++seq, m.sentence(), m.type().name(), m.status().name(),
                m.date() == null ? null : m.date().toString(), String.join(";", m.participantsA()),
                String.join(";", m.participantsB()), m.direction() == null ? null : m.direction().name(),
                m.occasion(), m.location(), m.text()});
        }
        batch.batchUpdate("""
            insert into entente_mention (article_id, seq, sentence, type, status, event_date, participants_a,
                participants_b, direction, occasion, location, text)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Every mention, in article and sentence order, for merging. */
    public List<Mention> all() {
        return stored().stream().map(StoredMention::mention).toList();
    }

    /**
     * Records which event each mention was merged into. Mentions are matched by value: two rows
     * equal in every field are the same report and belong to the same event anyway.
     */
    public void assignEvents(List<Event> events) {
        Map<Mention, String> eventOf = new HashMap<>();
        for (Event e : events) {
            e.mentions().forEach(m -> eventOf.put(m, e.id()));
        }
        jdbc.sql("update entente_mention set event_id = null").update();
        List<Object[]> rows = new ArrayList<>();
        for (StoredMention row : stored()) {
            String id = eventOf.get(row.mention());
            if (id != null) {
                rows.add(new Object[] {id, row.mention().article(), row.seq()});
            }
        }
        batch.batchUpdate("update entente_mention set event_id = ? where article_id = ? and seq = ?", rows);
    }

    /** The mentions of each event, by event id, in article and sentence order. */
    public Map<String, List<Mention>> byEvent() {
        Map<String, List<Mention>> byEvent = new HashMap<>();
        jdbc.sql(SELECT + " where event_id is not null order by article_id, seq")
            .query((rs, n) -> Map.entry(rs.getString("event_id"), mention(rs)))
            .list()
            .forEach(e -> byEvent.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byEvent;
    }

    private List<StoredMention> stored() {
        return jdbc.sql(SELECT + " order by article_id, seq")
            .query((rs, n) -> new StoredMention(rs.getInt("seq"), mention(rs)))
            .list();
    }

    private static Mention mention(ResultSet rs) throws SQLException {
        return new Mention(rs.getString("article_id"), rs.getInt("sentence"),
            EventType.valueOf(rs.getString("type")), EventStatus.valueOf(rs.getString("status")),
            rs.getString("event_date") == null ? null : PartialDate.parse(rs.getString("event_date")),
            names(rs.getString("participants_a")), names(rs.getString("participants_b")),
            rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
            rs.getString("occasion"), rs.getString("location"), rs.getString("text"));
    }

    private static final String SELECT = """
        select article_id, seq, sentence, type, status, event_date, participants_a, participants_b, direction,
               occasion, location, text, event_id
        from entente_mention""";

    private record StoredMention(int seq, Mention mention) {
    }

    static List<String> names(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

}
