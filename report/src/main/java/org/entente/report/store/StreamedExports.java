package org.entente.report.store;

import java.io.IOException;
import javax.sql.DataSource;
import org.entente.report.ArticleSummary;
import org.entente.report.briefing.EventRow;
import org.entente.report.briefing.ExportRows;
import org.entente.report.briefing.MentionRow;
import org.entente.report.briefing.RowSink;
import org.springframework.stereotype.Repository;

/**
 * The CSV export rows streamed from the store, sorted by the database in the exports' orders, so that writing
 * them holds one row at a time whatever the size of the corpus.
 */
@Repository
public class StreamedExports implements ExportRows {

    private final RowStream rows;
    private final TextOrder text;

    public StreamedExports(DataSource dataSource, TextOrder text) {
        this.rows = new RowStream(dataSource);
        this.text = text;
    }

    @Override
    public void articles(RowSink<ArticleSummary> sink) throws IOException {
        // article ids are the primary key, so the file never breaks a tie
        rows.forEach(ArticleStore.SUMMARY_SELECT + " order by " + text.of("a.article_id"),
            (rs, n) -> ArticleStore.summary(rs), sink);
    }

    /**
     * Mentions of stored events. The order is the exports' one; its last key, the text, only matters between two
     * reports of one sentence, and the position in the article then keeps the order the list-based export had.
     */
    @Override
    public void mentions(RowSink<MentionRow> sink) throws IOException {
        String sql = MentionStore.SELECT + """
             m
            where m.event_id is not null
              and exists (select 1 from entente_event e where e.event_id = m.event_id)
            order by %s, m.sentence, m.type,
                     case when m.direction is null then 0 when m.direction = 'JOINT' then 1
                          when m.direction = 'A_TO_B' then 2 else 3 end,
                     %s, %s, m.seq""".formatted(text.of("m.article_id"), text.of("m.event_id"), text.of("m.text"));
        rows.forEach(sql, (rs, n) -> new MentionRow(rs.getString("event_id"), MentionStore.mention(rs)), sink);
    }

    /** Every event, dropped ones too, with the mention count and article list stored beside it. */
    @Override
    public void events(RowSink<EventRow> sink) throws IOException {
        String sql = """
            select * from entente_event
            order by case when event_date is null then 1 else 0 end, %s, type, %s"""
            .formatted(text.of("event_date"), text.of("event_id"));
        rows.forEach(sql, (rs, n) -> new EventRow(EventStore.event(rs, java.util.List.of()), rs.getInt("mention_count"),
            rs.getString("articles")), sink);
    }
}
