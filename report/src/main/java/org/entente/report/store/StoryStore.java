package org.entente.report.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.entente.report.stories.RepeatedStories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Marks, in the articles table, which article repeats the story of an earlier one of its month. Recomputed from
 * the stories' sketches on every report, so that it follows added, removed and re-dated articles without a history.
 * Ingest stores each article's sketch beside its text ({@code story_sketch}): the texts are not read again here.
 */
@Repository
public class StoryStore {

    private final RowStream rows;
    private final JdbcTemplate jdbc;
    private final TextOrder text;

    public StoryStore(DataSource dataSource, JdbcTemplate jdbc, TextOrder text) {
        this.rows = new RowStream(dataSource);
        this.jdbc = jdbc;
        this.text = text;
    }

    /**
     * Compares the accepted articles month by month (undated ones together), each month in date then id order,
     * holding one month's sketches at a time and no text.
     *
     * @return how many articles repeat an earlier one
     */
    public int markRepeats() throws IOException {
        String month = "substr(coalesce(final_published, published), 1, 7)";
        // an article stored before the sketches existed (migration V7) has none yet: its text is sketched here
        String sql = "select article_id, story_sketch, case when story_sketch is null then body end as body, coalesce("
            + month + ", '') as story_month from entente_article"
            + " where reason = '' and body is not null"
            + " order by coalesce(" + month + ", ''), " + text.of("coalesce(final_published, published, '')") + ", "
            + text.of("article_id");
        List<Object[]> marks = new ArrayList<>();
        RepeatedStories[] current = {new RepeatedStories()};
        String[] currentMonth = {null};
        rows.forEach(sql, (rs, n) -> new Sketched(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getString(4)), row -> {
            if (!row.month().equals(currentMonth[0])) {
                collect(current[0].repeats(), marks);
                current[0] = new RepeatedStories();
                currentMonth[0] = row.month();
            }
            if (row.sketch() != null) {
                current[0].addSketched(row.id(), row.sketch());
            } else {
                current[0].add(row.id(), row.body());
            }
        });
        collect(current[0].repeats(), marks);
        jdbc.update("update entente_article set repeats = '' where repeats <> ''");
        if (!marks.isEmpty()) {
            jdbc.batchUpdate("update entente_article set repeats = ? where article_id = ?", marks);
        }
        return marks.size();
    }

    /** An article as the comparison reads it: its stored sketch, or its text when it has no sketch yet. */
    private record Sketched(String id, byte[] sketch, String body, String month) {
    }

    private static void collect(Map<String, String> repeats, List<Object[]> marks) {
        repeats.forEach((id, first) -> marks.add(new Object[] {first, id}));
    }
}
