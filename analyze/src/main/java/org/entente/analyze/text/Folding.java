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
        int first = 0;
        while (first < normalised.length() && normalised.charAt(first) < 0x80) {
            first++;
        }
        if (first == normalised.length()) {
            return normalised;
        }
        char[] out = normalised.toCharArray();
        for (int i = first; i < out.length; i++) {
            out[i] = base(out[i]);
        }
        return new String(out);
    }

    /** Base letters of the Latin blocks (U+0080 to U+02FF), where nearly every accented letter of a news text lies. */
    private static final char[] LATIN_BASE = latinBase();

    private static char[] latinBase() {
        char[] table = new char[0x300];
        for (char c = 0x80; c < 0x300; c++) {
            table[c] = decomposedBase(c);
        }
        return table;
    }

    private static char base(char c) {
        if (c < 0x80) {
            return c;
        }
        return c < 0x300 ? LATIN_BASE[c] : decomposedBase(c);
    }

    private static char decomposedBase(char c) {
        // Typographic dashes become plain hyphens so that "sino–russe" and "sino-russe" read alike.
        if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
            return '-';
        }
        // superscript ordinals of real pages: "80ᵉ anniversaire", "1ᵉʳ mai"
        if (c == '\u1D49') {
            return 'e';
        }
        if (c == '\u02B3') {
            return 'r';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = decomposed.charAt(0);
        return Character.isLetter(first) ? first : c;
    }
}
