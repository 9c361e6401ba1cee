package org.entente.analyze.eval;

import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;

/** One line that lets a reader compare a gold row and a predicted event at a glance. */
final class Describe {

    private Describe() {
    }

    static String event(EventType type, EventStatus status, String month, List<String> a, List<String> b,
                        Direction direction) {
        StringBuilder s = new StringBuilder();
        s.append(type.label()).append(' ').append(status.label()).append(' ')
                .append(month.isEmpty() ? "undated" : month);
        if (direction != null) {
            s.append(' ').append(direction.label());
        }
        if (!a.isEmpty() || !b.isEmpty()) {
            s.append(" [").append(side(a)).append(" | ").append(side(b)).append(']');
        }
        return s.toString();
    }

    private static String side(List<String> names) {
        return names.isEmpty() ? "-" : String.join("; ", names);
    }
}
