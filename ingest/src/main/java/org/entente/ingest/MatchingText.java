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
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
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
}
