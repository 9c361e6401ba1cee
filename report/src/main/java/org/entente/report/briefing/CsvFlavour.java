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
    RFC4180("rfc4180", ',', false),
    EXCEL_FR("excel-fr", ';', true);

    private final String label;
    private final char delimiter;
    private final boolean byteOrderMark;

    CsvFlavour(String label, char delimiter, boolean byteOrderMark) {
        this.label = label;
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
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
