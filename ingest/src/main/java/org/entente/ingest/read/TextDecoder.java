package org.entente.ingest.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes a file's bytes without ever garbling them silently: a byte-order mark decides first, then
 * strict UTF-8 (which almost never validates by accident), then ICU's statistical detector for the
 * legacy single-byte encodings. Anything else is refused with a reason.
 */
public final class TextDecoder {

    private static final String BINARY = "binary file, not text";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Encodings ICU may propose that we trust for Western European text. */
    private static final Set<String> LATIN = Set.of("ISO-8859-1", "WINDOWS-1252", "ISO-8859-15");

    private static final int LATIN_HEAD_START = 15;

    /** A text file may carry a few stray control characters; more than this and it is binary. */
    private static final int MAX_STRAY_CONTROLS = 16;

    /** Below this score a guess is more likely noise (random bytes score about 10) than an encoding. */
    private static final int MIN_SCORE = 20;

    private TextDecoder() {
    }

    /**
     * @param bytes         the whole file
     * @param declaredHint  an encoding the file declares about itself (an HTML meta charset), or null
     */
    public static DecodedText decode(byte[] bytes, String declaredHint) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return strict(bytes, 4, Charset.forName("UTF-32LE"), "UTF-32LE with BOM");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE with BOM");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE with BOM");
        }
        Charset bomless16 = bomlessUtf16(bytes);
        if (bomless16 != null) {
            return strict(bytes, 0, bomless16, bomless16.name() + " without BOM");
        }
        if (containsNul(bytes)) {
            return DecodedText.failed(BINARY + " (it contains NUL bytes)");
        }
        DecodedText utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        if (!utf8.failed() || utf8.failure().startsWith(BINARY)) {
            return utf8; // valid UTF-8 with control characters is a binary file, not another encoding
        }
        return detectLegacy(bytes, declaredHint);
    }

    private static DecodedText detectLegacy(byte[] bytes, String declaredHint) {
        CharsetDetector detector = new CharsetDetector();
        if (declaredHint != null && !declaredHint.isBlank()) {
            detector.setDeclaredEncoding(declaredHint);
        }
        detector.setText(bytes);
        CharsetMatch[] all = detector.detectAll();
        List<CharsetMatch> candidates = new ArrayList<>();
        for (CharsetMatch match : all) {
            // Without NUL bytes (checked before) a UTF-16 or UTF-32 guess is noise.
            if (!match.getName().startsWith("UTF-") && score(match) >= MIN_SCORE) {
                candidates.add(match);
            }
        }
        candidates.sort(Comparator.comparingInt(TextDecoder::score).reversed());
        for (CharsetMatch match : candidates) {
            Charset charset = charsetFor(match.getName());
            if (charset != null) {
                DecodedText text = strict(bytes, 0, charset, charset.name() + " (detected)");
                if (!text.failed()) {
                    return text;
                }
            }
        }
        String guess = all.length == 0 ? "no guess"
                : "best guess " + all[0].getName() + " at " + all[0].getConfidence() + "% confidence";
        return DecodedText.failed("cannot be decoded: the text is not valid UTF-8 and no known encoding fits (" + guess + ")");
    }

    /**
     * ICU's confidence, with a head start for the Western European encodings: on a short French
     * text ICU may rank Romanian windows-1250 first, yet a French corpus saved in a legacy encoding
     * is almost always windows-1252. A clear win of another encoding (Polish, Russian) still wins.
     */
    private static int score(CharsetMatch match) {
        return match.getConfidence() + (LATIN.contains(match.getName().toUpperCase(Locale.ROOT)) ? LATIN_HEAD_START : 0);
    }

    /** ISO-8859-1 is read as windows-1252, as browsers do: bytes 0x80-0x9F are quotes and dashes in French text. */
    private static Charset charsetFor(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("ISO-8859-1") || upper.equals("WINDOWS-1252")) {
            return WINDOWS_1252;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    /**
     * Decodes with errors reported. Text with more than a trace of control characters is binary;
     * a trace is tidied: a vertical tab (Word's line break) becomes a line break, a C1 character
     * (text once converted from windows-1252 as if it were ISO-8859-1) becomes the windows-1252
     * character it stood for (U+0092 is ’), and any other stray control character becomes a space.
     */
    private static DecodedText strict(byte[] bytes, int offset, Charset charset, String label) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return DecodedText.failed("cannot be decoded as " + label);
        }
        int controls = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                controls++;
                first = first < 0 ? i : first;
            }
        }
        if (controls == 0) {
            return DecodedText.of(text, label);
        }
        if (controls > MAX_STRAY_CONTROLS || controls * 20L > text.length()) {
            return DecodedText.failed(String.format(Locale.ROOT,
                    BINARY + " (read as %s it holds %d control characters, the first U+%04X)",
                    label, controls, (int) text.charAt(first)));
        }
        return DecodedText.of(tidy(text), label);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (c == '\u000B') {
                out.append('\n');
            } else if (c >= 0x80) {
                String meant = new String(new byte[] {(byte) c}, WINDOWS_1252);
                out.append(meant.charAt(0) == '\uFFFD' ? ' ' : meant.charAt(0));
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16 saved without a BOM shows as a NUL in every other byte for Latin text; a real binary
     * file does not keep that rhythm over its whole length.
     */
    private static Charset bomlessUtf16(byte[] bytes) {
        if (bytes.length < 8 || bytes.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = bytes.length / 2;
        if (evenNul >= pairs * 0.9 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul >= pairs * 0.9 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
