package org.entente.ingest.read;

import java.util.ArrayList;
import java.util.List;

/** Line and paragraph splitting shared by the plain-text formats. */
public final class TextLines {

    private TextLines() {
    }

    /** Lines without their terminators (LF, CRLF or a lone CR) and without trailing blanks. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i).stripTrailing());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start).stripTrailing());
        }
        return lines;
    }

    /**
     * Paragraphs of a run of lines: blank lines separate them, and each line is its own paragraph
     * (news saved as text puts one paragraph on a line) unless it is a hard wrap, which is joined.
     */
    public static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (current != null) {
                    out.add(current.toString());
                    current = null;
                }
                continue;
            }
            if (current != null && isHardWrap(current, line)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean isHardWrap(CharSequence previous, String next) {
        char end = previous.charAt(previous.length() - 1);
        if (end == '.' || end == '!' || end == '?' || end == ':' || end == '»' || end == '"' || end == '”' || end == '…') {
            return false;
        }
        int start = next.codePointAt(0);
        return Character.isLowerCase(start);
    }
}
