package org.entente.analyze;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pair of countries a run looks at, as ISO 3166 alpha-3 codes; side A first.
 * The default is China and Russia.
 */
public record Dyad(String sideA, String sideB) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    // after CODE: static fields initialise in order, and the constructor needs CODE
    public static final Dyad CHINA_RUSSIA = new Dyad("CHN", "RUS");

    public Dyad {
        Objects.requireNonNull(sideA, "sideA");
        Objects.requireNonNull(sideB, "sideB");
        if (!CODE.matcher(sideA).matches() || !CODE.matcher(sideB).matches() || sideA.equals(sideB)) {
            throw new IllegalArgumentException(
                "a dyad is two different three-letter country codes such as CHN,RUS; was " + sideA + "," + sideB);
        }
    }

    /** Parses {@code CHN,RUS}. */
    public static Dyad parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a dyad is written A,B with two country codes, such as CHN,RUS; was '" + text + "'");
        }
        return new Dyad(parts[0].strip().toUpperCase(java.util.Locale.ROOT), parts[1].strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return sideA + "," + sideB;
    }
}
