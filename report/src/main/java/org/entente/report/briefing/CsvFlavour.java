package org.entente.report.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * How the CSV exports are spelled. RFC 4180 (commas, CRLF) is the contract's default; EXCEL_FR adds a
 * UTF-8 byte-order mark and uses semicolons, because French-locale Excel takes the comma for the decimal
 * separator and reads BOM-less files as Windows-1252, which mangles accents.
 */
public enum CsvFlavour {
    RFC4180("rfc4180", ',', false, false),
    EXCEL_FR("excel-fr", ';', true, true);

    /**
     * The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a title
     * such as {@code =HYPERLINK(...)} taken from a feed would otherwise run in the analyst's spreadsheet.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final String label;
    private final char delimiter;
    private final boolean byteOrderMark;
    private final boolean defusesFormulas;

    CsvFlavour(String label, char delimiter, boolean byteOrderMark, boolean defusesFormulas) {
        this.label = label;
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
        this.defusesFormulas = defusesFormulas;
    }

    /**
     * A cell as this flavour writes it. The spreadsheet flavour puts an apostrophe before a cell a spreadsheet
     * would take for a formula, so that it shows as text; RFC 4180 files are for programs and stay exact.
     */
    public String cell(String value) {
        if (defusesFormulas && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** A row's cells as this flavour writes them. */
    java.util.List<String> cells(java.util.List<String> values) {
        if (!defusesFormulas) {
            return values;
        }
        return values.stream().map(this::cell).toList();
    }

    /** Parses {@code rfc4180} or {@code excel-fr}, ignoring case and surrounding spaces. */
    public static CsvFlavour parse(String text) {
        if (text != null) {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            for (CsvFlavour flavour : values()) {
                if (flavour.label.equals(wanted)) {
                    return flavour;
                }
            }
        }
        throw new IllegalArgumentException("unknown CSV flavour '" + text + "'; allowed: "
            + Arrays.stream(values()).map(CsvFlavour::label).collect(Collectors.joining(", ")));
    }

    public String label() {
        return label;
    }

    boolean writesByteOrderMark() {
        return byteOrderMark;
    }

    CSVFormat format(String... header) {
        return CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(delimiter)
            .setRecordSeparator("\r\n")
            .setHeader(header)
            .get();
    }
}
