package org.entente.analyze.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;

/**
 * Reads a gold annotation file. Its columns are those of the project's gold sets:
 * {@code article,type,status,month,participants_a,participants_b,direction,required,note}.
 * A malformed row stops the evaluation with its line number: scoring against a half-read gold
 * file would give figures that look right and are not.
 */
public final class GoldCsv {

    static final List<String> COLUMNS = List.of("article", "type", "status", "month", "participants_a",
            "participants_b", "direction", "required", "note");

    private static final Pattern MONTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    private GoldCsv() {
    }

    public static List<GoldRow> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<GoldRow> read(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(stripBom(parser.getHeaderNames()));
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(name + ": the header lacks the column(s) " + missing
                        + "; expected " + String.join(",", COLUMNS));
            }
            List<GoldRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record, name));
            }
            return List.copyOf(rows);
        }
    }

    private static GoldRow row(CSVRecord record, String name) {
        long line = record.getParser().getCurrentLineNumber();
        String where = name + " line " + line + ": ";
        try {
            String article = value(record, "article");
            if (article.isEmpty()) {
                throw new IllegalArgumentException("the article id is empty");
            }
            EventType type = label(value(record, "type"), "type", EventType.values(), EventType::fromLabel);
            EventStatus status = label(value(record, "status"), "status", EventStatus.values(), EventStatus::fromLabel);
            String month = value(record, "month");
            if (!month.isEmpty() && !MONTH.matcher(month).matches()) {
                throw new IllegalArgumentException("month '" + month + "' is not YYYY-MM, YYYY or empty");
            }
            String directionText = value(record, "direction");
            Direction direction = directionText.isEmpty() ? null
                    : label(directionText, "direction", Direction.values(), Direction::fromLabel);
            return new GoldRow(article, type, status, month, names(value(record, "participants_a")),
                    names(value(record, "participants_b")), direction, required(value(record, "required")),
                    value(record, "note"), line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static String value(CSVRecord record, String column) {
        String key = record.isMapped(column) ? column : "\uFEFF" + column;
        return record.isSet(key) ? record.get(key).strip() : "";
    }

    private static <E extends Enum<E>> E label(String text, String column, E[] allowed,
                                               java.util.function.Function<String, E> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            List<String> labels = Arrays.stream(allowed).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
            throw new IllegalArgumentException(column + " '" + text + "' is not one of " + String.join(", ", labels));
        }
    }

    private static boolean required(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("required is 'yes' or 'no', was '" + text + "'");
        };
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> stripBom(List<String> header) {
        return header.stream().map(h -> h.startsWith("\uFEFF") ? h.substring(1) : h).map(String::strip).toList();
    }
}
