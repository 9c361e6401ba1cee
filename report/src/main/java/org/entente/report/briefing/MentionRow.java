package org.entente.report.briefing;

import org.entente.analyze.Mention;

/** One row of mentions.csv: a mention with the id of the event it was merged into, which the Mention itself lacks. */
public record MentionRow(String eventId, Mention mention) {
}
