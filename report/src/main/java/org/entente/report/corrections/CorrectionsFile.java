package org.entente.report.corrections;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;

/**
 * Reads corrections.csv from the input folder. The file is checked whole before the job starts:
 * a correction that cannot be understood stops the run with its line number, because applying the
 * other lines and silently ignoring one would publish figures the analyst believes corrected.
 */
public final class CorrectionsFile {

    public static final String NAME = "corrections.csv";
    static final String[] HEADER = {"action", "event_id", "type", "status", "date", "participants_a", "participants_b",
        "direction", "evidence", "comment"};

    private CorrectionsFile() {
    }

    /** The corrections in the input folder, or none when it has no corrections.csv. */
    public static List<Correction> read(Path inputFolder) throws IOException {
        Path file = inputFolder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get();
        List<Correction> corrections = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = format.parse(reader)) {
            List<String> missing = Arrays.stream(HEADER).filter(h -> !parser.getHeaderNames().contains(h)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(file + ": the header lacks " + String.join(", ", missing)
                    + "; it must be " + String.join(",", HEADER));
            }
            for (CSVRecord row : parser) {
                corrections.add(parse(file, row));
            }
        }
        return List.copyOf(corrections);
    }

    private static Correction parse(Path file, CSVRecord row) {
        int line = (int) row.getRecordNumber() + 1;
        String where = file + " line " + line + ": ";
        Correction.Action action = switch (row.get("action").toLowerCase(Locale.ROOT)) {
            case "drop" -> Correction.Action.DROP;
            case "change" -> Correction.Action.CHANGE;
            case "add" -> Correction.Action.ADD;
            default -> throw new IllegalArgumentException(where + "action '" + row.get("action")
                + "' is not one of drop, change, add");
        };
        String eventId = row.get("event_id");
        String comment = row.get("comment");
        if (comment.isEmpty()) {
            throw new IllegalArgumentException(where + "every correction needs a comment saying why");
        }
        if (action != Correction.Action.ADD && eventId.isEmpty()) {
            throw new IllegalArgumentException(where + "a " + action.name().toLowerCase(Locale.ROOT)
                + " needs the event_id of the event (from events.csv)");
        }
        EventType type = parseOrNull(where, "type", row.get("type"), v -> EventType.fromLabel(v), "contact, meeting, shared_position");
        EventStatus status = parseOrNull(where, "status", row.get("status"), v -> EventStatus.fromLabel(v), "occurred, planned");
        Direction direction = parseOrNull(where, "direction", row.get("direction"), v -> Direction.fromLabel(v), "joint, a_to_b, b_to_a");
        PartialDate date = parseOrNull(where, "date", row.get("date"), PartialDate::parse, "YYYY, YYYY-MM or YYYY-MM-DD");
        if (action == Correction.Action.ADD) {
            if (type == null || date == null || row.get("evidence").isEmpty()) {
                throw new IllegalArgumentException(where + "an added event needs at least a type, a date and the evidence sentence");
            }
            if ((type == EventType.SHARED_POSITION) != (direction != null)) {
                throw new IllegalArgumentException(where + "a shared position needs a direction, and only it");
            }
        }
        return new Correction(line, action, eventId.isEmpty() ? null : eventId, type, status, date,
            names(row.get("participants_a")), names(row.get("participants_b")), direction,
            row.get("evidence").isEmpty() ? null : row.get("evidence"), comment);
    }

    private static List<String> names(String joined) {
        return joined.isEmpty() ? null : Arrays.stream(joined.split(";")).map(String::strip).sorted().toList();
    }

    private static <T> T parseOrNull(String where, String column, String value, java.util.function.Function<String, T> parser,
                                     String allowed) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + column + " '" + value + "' is not allowed; use " + allowed);
        }
    }
}
