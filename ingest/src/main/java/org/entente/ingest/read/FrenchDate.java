package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full date written out in French inside a short line: {@code mardi 2 septembre 2025},
 * {@code 1er mars 2024}, or in figures {@code 02/09/2025}. Used on lines that are known to carry the
 * publication date (a Europresse header, the first lines of a PDF), never on running text.
 */
final class FrenchDate {

    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:er)?\\s{1,3}"
                    + "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
                    + "\\s{1,3}((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern FIGURES = Pattern.compile("(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");

    private FrenchDate() {
    }

    /** The first real date the line states, or empty. Lines over 300 characters are not searched. */
    static Optional<PartialDate> find(String line) {
        if (line == null || line.length() > 300) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = WRITTEN.matcher(plain);
        if (m.find()) {
            return day(m.group(3), String.valueOf(MONTHS.indexOf(m.group(2)) + 1), m.group(1));
        }
        m = ISO.matcher(plain);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = FIGURES.matcher(plain);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> day(String year, String month, String day) {
        try {
            return Optional.of(PartialDate.ofDay(
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
