package org.entente.report.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language of the briefing's own words. Evidence quotes stay in the language of the articles. */
public enum Language {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Parses {@code en} or {@code fr}, ignoring case and surrounding spaces. */
    public static Language parse(String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.name().equals(wanted)) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException("unknown briefing language '" + text + "'; allowed: "
            + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", ")));
    }

    public Locale locale() {
        return locale;
    }

    /** The lower-case code, as written in options and resource file names. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
