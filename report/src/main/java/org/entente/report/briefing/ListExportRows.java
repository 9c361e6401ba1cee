package org.entente.report.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Event;
import org.entente.analyze.Mention;
import org.entente.report.ArticleSummary;

/** Export rows from lists already in memory, sorted here because lists may come in any order. */
final class ListExportRows implements ExportRows {

    private final List<ArticleSummary> articles;
    private final List<Event> events;

    ListExportRows(List<ArticleSummary> articles, List<Event> events) {
        this.articles = new ArrayList<>(articles);
        this.articles.sort(CsvRows.ARTICLE_ORDER);
        this.events = new ArrayList<>(events);
        this.events.sort(CsvRows.EVENT_ORDER);
    }

    @Override
    public void articles(RowSink<ArticleSummary> sink) throws IOException {
        for (ArticleSummary article : articles) {
            sink.accept(article);
        }
    }

    @Override
    public void mentions(RowSink<MentionRow> sink) throws IOException {
        List<MentionRow> all = new ArrayList<>();
        for (Event event : events) {
            for (Mention mention : event.mentions()) {
                all.add(new MentionRow(event.id(), mention));
            }
        }
        // stable: mentions equal under the order keep the events' order, then their own
        all.sort(CsvRows.MENTION_ORDER);
        for (MentionRow row : all) {
            sink.accept(row);
        }
    }

    @Override
    public void events(RowSink<EventRow> sink) throws IOException {
        for (Event event : events) {
            sink.accept(EventRow.of(event));
        }
    }
}
