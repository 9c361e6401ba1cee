package org.entente.analyze.text;

import java.text.Normalizer;
import org.entente.ingest.MatchingText;

/**
 * The text every matcher works on: {@link MatchingText} normalisation, then accents removed one
 * character for one character, so that an offset in the folded text is an offset in the
 * normalised one and names spelt {@code Choïgou} or {@code Choigou}, {@code Pékin} or
 * {@code Pekin} match the same dictionary entry. Case is kept: names are matched case-sensitively.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        return foldNormalized(MatchingText.normalize(text));
    }

    /** The same for a text already in {@link MatchingText} form. */
    public static String foldNormalized(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            out.append(base(normalised.charAt(i)));
        }
        return out.toString();
    }

    private static char base(char c) {
        if (c < 0x80) {
            return c;
        }
        // Typographic dashes become plain hyphens so that "sino–russe" and "sino-russe" read alike.
        if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
            return '-';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = decomposed.charAt(0);
        return Character.isLetter(first) ? first : c;
    }
}
