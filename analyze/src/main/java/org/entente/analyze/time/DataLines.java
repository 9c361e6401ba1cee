package org.entente.analyze.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The shared reading of the time data files (reference calendar, encounters): UTF-8 lines, '#' comments, fields
 * separated by '|', and an error naming the file and line for anything malformed.
 */
final class DataLines {

    private DataLines() {
    }

    /** The lines of a class-path resource; {@code what} names the file in messages ("the list of encounters"). */
    static List<String> read(InputStream in, String name, String what) {
        if (in == null) {
            throw new IllegalStateException(what + " " + name + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + name, e);
        }
    }

    /**
     * Each data line's fields, turned into an entry by {@code entry}; a line with another number of fields than
     * {@code format} names, or one {@code entry} rejects, stops the reading with the file's name and the line number.
     */
    static <T> List<T> parse(List<String> lines, String name, String format, Function<String[], T> entry) {
        int expected = format.split("\\|").length;
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            if (fields.length != expected) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected '" + format + "', was: " + line);
            }
            try {
                entries.add(entry.apply(fields));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }
}
