package org.entente.report.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The briefing's words in one language, from {@code labels_<code>.properties} (UTF-8) beside this class.
 * Patterns use {@link String#format} placeholders ({@code %1$s}, {@code %2$d}) rather than MessageFormat,
 * whose quoting rules would turn every French apostrophe into a trap. Each file is read once per JVM.
 */
final class Labels {

    private static final Map<Language, Labels> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties texts;

    private Labels(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static synchronized Labels of(Language language) {
        return LOADED.computeIfAbsent(language, Labels::load);
    }

    Language language() {
        return language;
    }

    /** @throws IllegalStateException when the key is missing, so that a gap in a translation fails the tests */
    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no '" + key + "' in labels_" + language.code() + ".properties");
        }
        return text;
    }

    String format(String key, Object... arguments) {
        return String.format(language.locale(), get(key), arguments);
    }

    /** {@code key.one} for 1, else {@code key.many}, formatted with the number first. */
    String count(String key, int number, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = number;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return format(key + (number == 1 ? ".one" : ".many"), arguments);
    }

    private static Labels load(Language language) {
        String resource = "labels_" + language.code() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return new Labels(language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
