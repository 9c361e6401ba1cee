package org.entente.report.briefing;

import java.io.IOException;
import java.util.List;
import org.entente.analyze.MonthlyCount;
import org.entente.analyze.merge.MonthlyCounter;
import org.entente.report.ArticleSummary;

/** Export rows passed through unchanged, tallied on the way for the counts and the briefing. */
public final class TalliedExports implements ExportRows {

    private final ExportRows rows;
    private final ArticleTally articleTally = new ArticleTally();
    private final EventTally eventTally = new EventTally();
    private List<MonthlyCount> monthlyCounts;

    public TalliedExports(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public void articles(RowSink<ArticleSummary> sink) throws IOException {
        rows.articles(article -> {
            articleTally.add(article);
            sink.accept(article);
        });
    }

    @Override
    public void mentions(RowSink<MentionRow> sink) throws IOException {
        rows.mentions(sink);
    }

    @Override
    public void events(RowSink<EventRow> sink) throws IOException {
        rows.events(row -> {
            eventTally.add(row.event());
            sink.accept(row);
        });
    }

    /** Complete once the articles have been handed over. */
    public ArticleTally articleTally() {
        return articleTally;
    }

    /** The monthly counts of the tallied events and articles, once both have been handed over. */
    public List<MonthlyCount> monthlyCounts() {
        if (monthlyCounts == null) {
            monthlyCounts = MonthlyCounter.count(eventTally.kept(), articleTally.published());
        }
        return monthlyCounts;
    }

    /** Complete once the events have been handed over. */
    public EventTally eventTally() {
        return eventTally;
    }
}
