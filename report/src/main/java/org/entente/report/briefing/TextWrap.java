package org.entente.report.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks printable text into lines no wider than a width, at spaces (so that a no-break space keeps « and its
 * word together); a word wider than the whole line is cut where it must be.
 */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> lines(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (style.width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > width) {
                int cut = fittingLength(rest, style, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingLength(String word, TextStyle style, float width) {
        int end = 1;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (style.width(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return Character.isHighSurrogate(word.charAt(end - 1)) ? end + 1 : end;
    }
}
