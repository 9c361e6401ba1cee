package org.entente.ingest;

import java.text.Normalizer;

/**
 * The form of a text that the analysis matches against: Unicode NFC, every kind of space made a
 * plain space, typographic apostrophes and quotes made plain, soft hyphens removed. Evidence
 * quotes keep the original; only matching uses this form.
 */
public final class MatchingText {

    private MatchingText() {
    }

    public static String normalize(String text) {
        // the normaliser copies the text even when it changes nothing, and sentences are normalised several times
        String nfc = isNfcAsItStands(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int first = 0;
        while (first < nfc.length() && replacement(nfc.charAt(first)) == KEEP) {
            first++;
        }
        if (first == nfc.length()) {
            return nfc;
        }
        char[] out = new char[nfc.length()];
        nfc.getChars(0, first, out, 0);
        int length = first;
        for (int i = first; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            char r = replacement(c);
            if (r == KEEP) {
                out[length++] = c;
            } else if (r != DROP) {
                out[length++] = r;
            }
        }
        return new String(out, 0, length);
    }

    private static final char KEEP = '\uFFFF';
    private static final char DROP = '\uFFFE';

    private static char replacement(char c) {
        if (c < '\u00A0' && c != '\t' && c != '`') {
            return KEEP;
        }
        return switch (c) {
            // soft hyphen, zero-width space and joiners, word joiner, stray BOM: invisible in print
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> DROP;
            case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004', '\u2005',
                 '\u2006', '\u2008', '\u205F', '\u3000', '\t' -> ' ';
            case '\u2019', '\u2018', '\u201A', '\u201B', '\u02BC', '\u2032', '`', '\u00B4' -> '\'';
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011' -> '-';
            default -> KEEP;
        };
    }

    /**
     * Whether NFC would leave the text as it is because every character is below the combining
     * marks (U+0300) or plain punctuation and spaces (U+2002 to U+206F): none of them decomposes,
     * reorders or composes with its neighbour. Most sentences pass; anything else goes through the
     * normaliser.
     */
    static boolean isNfcAsItStands(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u2002' || c > '\u206F')) {
                return false;
            }
        }
        return true;
    }
}
