package org.entente.analyze.eval;

import java.util.Arrays;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;

/** Small builders for gold rows and predicted events, so that each test states only what it varies. */
final class Fixtures {

    private static int ids;

    private Fixtures() {
    }

    static List<String> names(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(";")).map(String::strip).toList();
    }

    static GoldRow row(EventType type, EventStatus status, String month, String a, String b, Direction direction,
                       boolean required) {
        return new GoldRow("art", type, status, month, names(a), names(b), direction, required, "note", 2);
    }

    static GoldRow meetingRow(String month, String a, String b) {
        return row(EventType.MEETING, EventStatus.OCCURRED, month, a, b, null, true);
    }

    static Event event(EventType type, EventStatus status, String date, String a, String b, Direction direction) {
        PartialDate d = date.isEmpty() ? null : PartialDate.parse(date);
        return new Event("e" + (++ids), type, status, d, "CHN", "RUS", names(a), names(b), direction, "",
                List.of(), "evidence " + ids);
    }

    static Event meeting(String date, String a, String b) {
        return event(EventType.MEETING, EventStatus.OCCURRED, date, a, b, null);
    }
}
