package org.entente.report.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Country names by ISO 3166 alpha-3 code in each briefing language, from {@code countries.csv} beside this class
 * (columns {@code code,en,fr}). An unknown code is shown as it is rather than failing the briefing.
 */
final class CountryNames {

    private static final String RESOURCE = "countries.csv";
    private static final Map<String, Map<Language, String>> NAMES = load();

    private CountryNames() {
    }

    static String name(String code, Language language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Map<Language, String> names = NAMES.get(code.strip().toUpperCase(Locale.ROOT));
        if (names == null) {
            return code;
        }
        return names.getOrDefault(language, code);
    }

    private static Map<String, Map<Language, String>> load() {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true)
            .get();
        Map<String, Map<Language, String>> names = new HashMap<>();
        try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord record : format.parse(reader)) {
                    Map<Language, String> byLanguage = new HashMap<>();
                    for (Language language : Language.values()) {
                        String name = record.get(language.code());
                        if (!name.isBlank()) {
                            byLanguage.put(language, name);
                        }
                    }
                    names.put(record.get("code").toUpperCase(Locale.ROOT), Map.copyOf(byLanguage));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
