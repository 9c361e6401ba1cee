package org.entente.analyze.eval;

import java.util.List;
import org.entente.analyze.Event;

/**
 * How one article's predicted events met its gold rows.
 *
 * @param matches          each matched gold row with the events it took: the first matched one to one,
 *                         any further ones absorbed because they name different persons of the row
 * @param unmatchedEvents  predicted events no row took: false positives
 * @param unmatchedRows    gold rows no event matched; only the required ones are false negatives
 */
public record ArticleMatch(List<Match> matches, List<Event> unmatchedEvents, List<GoldRow> unmatchedRows) {

    public ArticleMatch {
        matches = List.copyOf(matches);
        unmatchedEvents = List.copyOf(unmatchedEvents);
        unmatchedRows = List.copyOf(unmatchedRows);
    }

    public List<GoldRow> falseNegatives() {
        return unmatchedRows.stream().filter(GoldRow::required).toList();
    }

    /** A gold row and the predicted events it accounts for (never empty). */
    public record Match(GoldRow row, List<Event> events) {

        public Match {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a match has at least one event");
            }
        }
    }
}
