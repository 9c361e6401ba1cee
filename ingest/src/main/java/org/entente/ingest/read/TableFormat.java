package org.entente.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.ingest.PartialDate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lists of articles kept in a spreadsheet and saved as {@code .csv} (comma or semicolon, as French-locale
 * Excel writes them) or {@code .tsv}: one article per row, the columns found by their header in French or
 * English. A row without text is rejected with its row number; a row whose date is no date is kept,
 * undated, with the reason.
 */
public final class TableFormat {

    /** The columns read, each with the header names that mean it (compared without accents or case). */
    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("text", List.of("text", "texte", "content", "contenu", "body", "corps", "article", "full text",
                "texte integral"));
        NAMES.put("title", List.of("title", "titre", "headline"));
        NAMES.put("date", List.of("date", "published", "publication date", "date de publication", "pubdate"));
        NAMES.put("url", List.of("url", "lien", "link", "adresse", "uri"));
        NAMES.put("source", List.of("source", "media", "outlet", "journal", "titre de presse"));
        NAMES.put("author", List.of("author", "auteur", "auteurs", "authors", "byline", "signature"));
    }

    private TableFormat() {
    }

    public static ReadResult readCsv(String text) {
        return read(text, delimiter(text));
    }

    public static ReadResult readTsv(String text) {
        return read(text, '\t');
    }

    /** Semicolon when the header line holds more of them than commas (French Excel), else comma. */
    private static char delimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static ReadResult read(String text, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<ReadResult.Entry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return ReadResult.failed("only whitespace, no text");
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = columns(header);
            if (!columns.containsKey("text")) {
                return ReadResult.failed("not a list of articles: no text column (looked for "
                        + String.join(", ", NAMES.get("text")) + "; the header has " + headerNames(header) + ")");
            }
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    long row = parser.getRecordNumber() + 1;
                    entries.add(ReadResult.Entry.failed(String.valueOf(row), "", "row " + row
                            + ": the file cannot be read from here on (" + cause(e) + "); the rows after it are not read"));
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                entries.add(entry(record, columns));
            }
        } catch (IOException | UncheckedIOException e) {
            return ReadResult.failed("not a readable table: " + cause(e));
        }
        return entries.isEmpty() ? ReadResult.failed("no article: the table has a header and no rows") : new ReadResult(entries);
    }

    /** Row numbers are the spreadsheet's: the header is row 1. */
    private static ReadResult.Entry entry(CSVRecord record, Map<String, Integer> columns) {
        String row = String.valueOf(record.getRecordNumber());
        String body = cell(record, columns, "text");
        if (body.isBlank()) {
            return ReadResult.Entry.failed(row, "", "row " + row + ": no article text (the text column is empty)");
        }
        List<String> paragraphs = HtmlFormat.looksLikeHtml(body)
                ? HtmlFormat.fragmentParagraphs(body)
                : TextLines.paragraphs(TextLines.split(body));
        String dateCell = cell(record, columns, "date");
        PartialDate date = null;
        String note = "";
        if (!dateCell.isBlank()) {
            date = parseDate(dateCell).orElse(null);
            if (date == null) {
                note = "row " + row + ": the date '" + dateCell.strip() + "' is not a date (write it as 2025-09-02 "
                        + "or 02/09/2025); kept undated";
            }
        }
        return ReadResult.Entry.of(row, new ArticleDraft("", cell(record, columns, "title"), paragraphs, date,
                cell(record, columns, "source"), cell(record, columns, "url"), cell(record, columns, "author"), note));
    }

    /** ISO forms, French day-first figures (02/09/2025, with a time as Excel adds one) or a written French date. */
    static Optional<PartialDate> parseDate(String cell) {
        String s = cell.strip();
        Optional<PartialDate> iso = MetadataDate.parse(s);
        if (iso.isPresent()) {
            return iso;
        }
        return s.length() <= 60 ? FrenchDate.find(s) : Optional.empty();
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = plain(header.get(i));
            for (Map.Entry<String, List<String>> column : NAMES.entrySet()) {
                if (column.getValue().contains(name)) {
                    found.putIfAbsent(column.getKey(), i); // the first of two such columns is the one read
                }
            }
        }
        return found;
    }

    private static String headerNames(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(h.strip()));
        return names.isEmpty() ? "no column" : String.join(", ", names);
    }

    /** A header as compared: no byte-order mark, accents, case, surrounding blanks or underscores. */
    private static String plain(String header) {
        String s = header.replace("\uFEFF", "").strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
