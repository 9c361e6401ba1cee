package org.entente.report.corrections;

import java.util.List;
import java.util.Objects;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;

/**
 * One line of an analyst's corrections.csv. Fields left empty in the file are null here: for a
 * change they mean "keep what the analysis found".
 *
 * @param line the line number in the file, for messages
 */
public record Correction(int line, Action action, String eventId, EventType type, EventStatus status, PartialDate date,
                         List<String> participantsA, List<String> participantsB, Direction direction, String evidence,
                         String comment) {

    /** What the analyst asks for. */
    public enum Action {
        DROP, CHANGE, ADD
    }

    public Correction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(comment, "comment");
    }
}
