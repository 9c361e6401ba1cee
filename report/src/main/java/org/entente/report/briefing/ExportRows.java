package org.entente.report.briefing;

import java.io.IOException;
import org.entente.report.ArticleSummary;

/**
 * The rows of three CSV exports, each handed over in the file's order (see {@link CsvRows} for the orders), so
 * that a source can stream them from a database instead of building lists.
 */
public interface ExportRows {

    /** articles.csv rows, by article id then file. */
    void articles(RowSink<ArticleSummary> sink) throws IOException;

    /** mentions.csv rows, in {@link CsvRows#MENTION_ORDER}. */
    void mentions(RowSink<MentionRow> sink) throws IOException;

    /** events.csv rows, in {@link CsvRows#EVENT_ORDER}, dropped events included. */
    void events(RowSink<EventRow> sink) throws IOException;
}
