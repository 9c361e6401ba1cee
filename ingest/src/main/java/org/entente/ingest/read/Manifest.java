package org.entente.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.ingest.PartialDate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user's {@code manifest.csv}: {@code file,date,title,source,url}, one line per file, to date or
 * name articles that carry no metadata. Only {@code file} is required; a manifest written by a
 * French-locale spreadsheet (semicolons, byte-order mark) is read too. Any fault stops the run with
 * the line and what is wrong, because a half-applied manifest would silently misdate articles.
 */
public final class Manifest {

    public static final Manifest EMPTY = new Manifest(Map.of());

    private static final List<String> COLUMNS = List.of("file", "date", "title", "source", "url");

    private final Map<String, ManifestEntry> byFile;

    private Manifest(Map<String, ManifestEntry> byFile) {
        this.byFile = byFile;
    }

    /** @throws IllegalArgumentException naming the file, the line and the fault */
    public static Manifest read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        DecodedText decoded = TextDecoder.decode(bytes, null);
        if (decoded.failed()) {
            throw new IllegalArgumentException(path + ": the manifest " + decoded.failure());
        }
        return parse(decoded.text(), path.toString());
    }

    static Manifest parse(String text, String name) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        Map<String, ManifestEntry> byFile = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            int headerSize = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record, name);
                    headerSize = record.size();
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != headerSize) {
                    throw fault(name, line, "expected " + headerSize + " fields as in the header, found " + record.size()
                            + " (quote a value that contains a '" + delimiter + "')");
                }
                ManifestEntry entry = entry(record, columns, name, (int) line);
                ManifestEntry earlier = byFile.putIfAbsent(entry.file(), entry);
                if (earlier != null) {
                    throw fault(name, line, "the file " + entry.file() + " is already listed on line " + earlier.line());
                }
            }
            if (columns == null) {
                throw fault(name, 1, "no header line; expected " + String.join(",", COLUMNS));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": the manifest is not valid CSV: " + e.getMessage(), e);
        }
        return new Manifest(Map.copyOf(byFile));
    }

    private static Map<String, Integer> header(CSVRecord record, String name) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw fault(name, 1, "unknown column '" + record.get(i).strip() + "'; the columns are "
                        + String.join(",", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw fault(name, 1, "the column '" + column + "' appears twice");
            }
        }
        if (!columns.containsKey("file")) {
            throw fault(name, 1, "no 'file' column; the header must name file and any of date,title,source,url");
        }
        return columns;
    }

    private static ManifestEntry entry(CSVRecord record, Map<String, Integer> columns, String name, int line) {
        String file = normalizePath(value(record, columns, "file"));
        if (file.isEmpty()) {
            throw fault(name, line, "the file name is empty");
        }
        String dateText = value(record, columns, "date");
        PartialDate date = null;
        if (!dateText.isEmpty()) {
            date = MetadataDate.parse(dateText).orElseThrow(() -> fault(name, line,
                    "'" + dateText + "' is not a date; write " + MetadataDate.ACCEPTED_FORMS));
        }
        return new ManifestEntry(file, date, value(record, columns, "title"), value(record, columns, "source"),
                value(record, columns, "url"), line);
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }

    /** Separators made '/', accents composed: the manifest and the file system may disagree on both. */
    private static String normalizePath(String file) {
        String f = Normalizer.normalize(file.replace('\\', '/'), Normalizer.Form.NFC);
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        return f;
    }

    private static IllegalArgumentException fault(String name, long line, String what) {
        return new IllegalArgumentException(name + ", line " + line + ": " + what);
    }

    /** The line for a file, named by its relative path, or else by its path without extension. */
    public ManifestEntry find(String relativeFile, String withoutExtension) {
        if (byFile.isEmpty()) {
            return null;
        }
        ManifestEntry entry = byFile.get(normalizePath(relativeFile));
        return entry != null ? entry : byFile.get(normalizePath(withoutExtension));
    }

    public List<String> filesNotIn(List<String> files) {
        Set<String> known = new HashSet<>();
        for (String f : files) {
            known.add(normalizePath(f));
            known.add(normalizePath(FileKinds.stripExtension(f)));
        }
        List<String> missing = new ArrayList<>();
        for (String f : byFile.keySet()) {
            if (!known.contains(f)) {
                missing.add(f);
            }
        }
        missing.sort(null);
        return missing;
    }

    public int size() {
        return byFile.size();
    }
}
