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
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                // soft hyphen, zero-width space and joiners, word joiner, stray BOM: invisible in print
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
                case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004', '\u2005',
                     '\u2006', '\u2008', '\u205F', '\u3000', '\t' -> out.append(' ');
                case '\u2019', '\u2018', '\u201A', '\u201B', '\u02BC', '\u2032', '`', '\u00B4' -> out.append('\'');
                case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
                case '\u2010', '\u2011' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
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
