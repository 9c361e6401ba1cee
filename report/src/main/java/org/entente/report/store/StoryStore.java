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
 * the texts on every report, so that it follows added, removed and re-dated articles without a history.
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
        String sql = "select article_id, body, coalesce(" + month + ", '') as month from entente_article"
            + " where reason = '' and body is not null"
            + " order by coalesce(" + month + ", ''), " + text.of("coalesce(final_published, published, '')") + ", "
            + text.of("article_id");
        List<Object[]> marks = new ArrayList<>();
        RepeatedStories[] current = {new RepeatedStories()};
        String[] currentMonth = {null};
        rows.forEach(sql, (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, row -> {
            if (!row[2].equals(currentMonth[0])) {
                collect(current[0].repeats(), marks);
                current[0] = new RepeatedStories();
                currentMonth[0] = row[2];
            }
            current[0].add(row[0], row[1]);
        });
        collect(current[0].repeats(), marks);
        jdbc.update("update entente_article set repeats = '' where repeats <> ''");
        if (!marks.isEmpty()) {
            jdbc.batchUpdate("update entente_article set repeats = ? where article_id = ?", marks);
        }
        return marks.size();
    }

    private static void collect(Map<String, String> repeats, List<Object[]> marks) {
        repeats.forEach((id, first) -> marks.add(new Object[] {first, id}));
    }
}
