package org.entente.analyze.eval;

import java.util.List;
import java.util.Objects;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;

/**
 * One annotated event of one article, as a line of a gold CSV file.
 *
 * @param article       the article id (file name without extension)
 * @param type          contact, meeting or shared position
 * @param status        occurred or planned
 * @param month         {@code YYYY-MM}, {@code YYYY} for a year-precision event, or empty when undated
 * @param participantsA side A's persons; empty accepts any prediction
 * @param participantsB side B's persons; empty accepts any prediction
 * @param direction     for shared positions, else null
 * @param required      false when the annotator judged the case debatable: missing it is no error
 * @param note          the annotator's reason
 * @param line          the line of the CSV file, to point users at the row
 */
public record GoldRow(String article, EventType type, EventStatus status, String month, List<String> participantsA,
                     List<String> participantsB, Direction direction, boolean required, String note, long line) {

    public GoldRow {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        month = month == null ? "" : month;
        participantsA = List.copyOf(participantsA);
        participantsB = List.copyOf(participantsB);
        note = note == null ? "" : note;
        if ((type == EventType.SHARED_POSITION) != (direction != null)) {
            throw new IllegalArgumentException("a direction is given for shared positions, and only for them");
        }
    }

    /** A short description for the lists of the report. */
    public String describe() {
        return Describe.event(type, status, month, participantsA, participantsB, direction);
    }
}
