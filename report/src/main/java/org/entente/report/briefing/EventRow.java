package org.entente.report.briefing;

import org.entente.analyze.Event;

/**
 * One row of events.csv. The mention count and the article list are given apart from the event because the store
 * keeps them as columns: reading an event for the export then needs none of its mentions.
 *
 * @param mentions how many reports were merged into it
 * @param articles the ids of the articles reporting it, sorted, joined with ";"
 */
public record EventRow(Event event, int mentions, String articles) {

    /** The row of an event that carries its mentions. */
    public static EventRow of(Event event) {
        return new EventRow(event, event.mentions().size(), String.join(";", event.articles()));
    }
}
