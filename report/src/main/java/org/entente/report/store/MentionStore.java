package org.entente.report.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.analyze.merge.MergeGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mentions table: every sentence-level report of an event, keyed by article and position. */
@Repository
public class MentionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TextOrder text;

    public MentionStore(JdbcClient jdbc, JdbcTemplate batch, TextOrder text) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.text = text;
    }

    /**
     * Replaces the mentions of several articles with one delete and one batched insert, so that analysing
     * an article again never duplicates a row.
     */
    public void replaceAll(Map<String, List<Mention>> mentionsByArticle) {
        if (mentionsByArticle.isEmpty()) {
            return;
        }
        jdbc.sql("delete from entente_mention where article_id in (:ids)").param("ids", mentionsByArticle.keySet()).update();
        List<Object[]> rows = new ArrayList<>();
        mentionsByArticle.forEach((articleId, mentions) -> {
            List<Integer> years = MergeGroups.yearsOf(mentions);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                rows.add(new Object[] {articleId, i + 1, m.sentence(), m.type().name(), m.status().name(),
                    m.date() == null ? null : m.date().toString(), String.join(";", m.participantsA()),
                    String.join(";", m.participantsB()), m.direction() == null ? null : m.direction().name(),
                    m.occasion(), m.location(), m.text(), years.get(i)});
            }
        });
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                insert into entente_mention (article_id, seq, sentence, type, status, event_date, participants_a,
                    participants_b, direction, occasion, location, text, merge_year)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** The merge groups that hold mentions: years in order, then null (undated) when there are any. */
    public List<Integer> mergeYears() {
        List<Integer> years = new ArrayList<>(jdbc.sql("select distinct merge_year from entente_mention")
            // getInt and a null check, not getObject(1, Integer.class): the SQLite driver refuses that on a null
            .query((rs, n) -> {
                int year = rs.getInt(1);
                return rs.wasNull() ? null : year;
            }).list());
        years.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return years;
    }

    /** The mentions of one merge group (null: undated), in article and sentence order. */
    public List<StoredMention> inMergeYear(Integer year) {
        return (year == null ? jdbc.sql(SELECT + " where merge_year is null order by article_id, seq")
                : jdbc.sql(SELECT + " where merge_year = ? order by article_id, seq").param(year))
            .query((rs, n) -> new StoredMention(rs.getInt("seq"), mention(rs)))
            .list();
    }

    /** Forgets which event every mention was merged into, before the events are merged again. */
    public void clearEvents() {
        jdbc.sql("update entente_mention set event_id = null where event_id is not null").update();
    }

    /**
     * Records which event each mention of a merge group was merged into. Mentions are matched by
     * value: two rows equal in every field are the same report and belong to the same event anyway.
     */
    public void assignEvents(List<Event> events, List<StoredMention> group) {
        Map<Mention, String> eventOf = new HashMap<>();
        for (Event e : events) {
            e.mentions().forEach(m -> eventOf.put(m, e.id()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (StoredMention row : group) {
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
        // Java's string order, which the briefing's own queries use too, whatever the database's locale
        jdbc.sql(SELECT + " where event_id is not null order by " + text.of("article_id") + ", seq")
            .query((rs, n) -> Map.entry(rs.getString("event_id"), mention(rs)))
            .list()
            .forEach(e -> byEvent.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byEvent;
    }

    static Mention mention(ResultSet rs) throws SQLException {
        return new Mention(rs.getString("article_id"), rs.getInt("sentence"),
            EventType.valueOf(rs.getString("type")), EventStatus.valueOf(rs.getString("status")),
            StoredDates.parse(rs.getString("event_date")),
            names(rs.getString("participants_a")), names(rs.getString("participants_b")),
            rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
            rs.getString("occasion"), rs.getString("location"), rs.getString("text"));
    }

    static final String SELECT = """
        select article_id, seq, sentence, type, status, event_date, participants_a, participants_b, direction,
               occasion, location, text, event_id
        from entente_mention""";

    /** A mention and its position among its article's stored mentions. */
    public record StoredMention(int seq, Mention mention) {
    }

    static List<String> names(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

}
