package org.entente.ingest.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PDF page in reading order, each with where it starts on the page, so that paragraphs
 * can be told from the gaps between lines. PDFBox's own paragraph marks measure gaps against the glyphs'
 * height and either split every line or none on ordinary article layouts; the line spacing of the page
 * itself is a better yardstick.
 */
final class PdfLines extends PDFTextStripper {

    /** One line: its text and the top of its first glyph, its left edge and its font size, in points. */
    record Line(String text, float y, float x, float size) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private TextPosition first;

    PdfLines() {
        // The order in which the page draws its text: browsers and word processors draw in reading order,
        // column by column. Sorting by position would interleave the lines of two columns side by side.
        setSortByPosition(false);
    }

    /** The lines of one page (1-based). */
    List<Line> page(PDDocument doc, int page) throws IOException {
        lines.clear();
        current.setLength(0);
        first = null;
        setStartPage(page);
        setEndPage(page);
        writeText(doc, new StringWriter());
        flushLine();
        return List.copyOf(lines);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (first == null && !positions.isEmpty()) {
            first = positions.get(0);
        }
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writeParagraphEnd() {
        flushLine();
    }

    private void flushLine() {
        String text = current.toString().strip();
        if (!text.isEmpty() && first != null) {
            lines.add(new Line(text, first.getYDirAdj(), first.getXDirAdj(), first.getFontSizeInPt()));
        }
        current.setLength(0);
        first = null;
    }

    /**
     * Paragraph breaks of a page: before a line whose gap to the line above is clearly wider than the
     * document's usual line spacing, or whose font size differs (a headline above its text).
     *
     * @param usual the document's line spacing ({@link #lineSpacing}), or 0 when unknown
     * @return for each line, true when it starts a paragraph
     */
    static boolean[] paragraphStarts(List<Line> lines, float usual) {
        boolean[] starts = new boolean[lines.size()];
        if (lines.isEmpty()) {
            return starts;
        }
        starts[0] = true;
        for (int i = 1; i < lines.size(); i++) {
            Line above = lines.get(i - 1);
            Line line = lines.get(i);
            float gap = line.y() - above.y();
            boolean wide = usual > 0 && gap > usual * 1.4f;
            boolean resized = Math.abs(line.size() - above.size()) > 0.5f;
            starts[i] = wide || resized || gap < 0; // a gap upwards is a new column
        }
        return starts;
    }

    /**
     * The page's line spacing: the smallest gap between two consecutive lines of the same size (a gap
     * under 0.8 of the size is a superscript or an overlap, not a line). 0 when no two lines qualify.
     * Taken over the whole document, since a last page may hold too few lines to show it.
     */
    static float lineSpacing(List<Line> lines) {
        float spacing = 0;
        for (int i = 1; i < lines.size(); i++) {
            Line above = lines.get(i - 1);
            Line line = lines.get(i);
            float gap = line.y() - above.y();
            if (Math.abs(line.size() - above.size()) <= 0.5f && gap >= 0.8f * line.size()
                    && (spacing == 0 || gap < spacing)) {
                spacing = gap;
            }
        }
        return spacing;
    }
}
