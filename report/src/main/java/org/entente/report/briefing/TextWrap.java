package org.entente.report.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks printable text into lines no wider than a width, at spaces (so that a no-break space keeps « and its
 * word together); a word wider than the whole line is cut where it must be. PDFBox applies no kerning, so a
 * line's width is the sum of its words' and spaces' widths, and each word is measured once.
 */
final class TextWrap {

    private static final Pattern SPACES = Pattern.compile(" +");

    private TextWrap() {
    }

    static List<String> lines(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        float space = style.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : SPACES.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = style.width(word);
            if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (wordWidth > width) {
                int cut = fittingLength(rest, style, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                wordWidth = style.width(rest);
            }
            line.append(rest);
            lineWidth = wordWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingLength(String word, TextStyle style, float width) {
        int end = word.offsetByCodePoints(0, 1);
        float used = style.width(word.substring(0, end));
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float glyph = style.width(word.substring(end, next));
            if (used + glyph > width) {
                break;
            }
            used += glyph;
            end = next;
        }
        return end;
    }
}
