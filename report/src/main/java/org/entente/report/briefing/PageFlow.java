package org.entente.report.briefing;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays text, tables and drawings down A4 pages from top to bottom, starting a new page when the next piece does
 * not fit. PDFBox has no layout of its own; this is the little the briefing needs.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 56f;
    static final float MARGIN_TOP = 54f;
    static final float MARGIN_BOTTOM = 64f;
    private static final float FOOTER_Y = 34f;

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document) {
        this.document = document;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    void space(float points) {
        if (stream != null) {
            y -= points;
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) throws IOException {
        if (stream == null || y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    /** A wrapped paragraph; its lines may continue on the next page. */
    void paragraph(TextStyle style, float indent, String text) throws IOException {
        for (String line : TextWrap.lines(BriefingFonts.printable(text), style, width() - indent)) {
            keep(style.leading());
            y -= style.leading();
            show(style, MARGIN_X + indent, y + style.baselineOffset(), line);
        }
    }

    /** Lines of already wrapped text kept together on one page. */
    void block(List<StyledText> parts, float indent) throws IOException {
        List<StyledLine> lines = new ArrayList<>();
        float height = 0;
        for (StyledText part : parts) {
            for (String line : TextWrap.lines(BriefingFonts.printable(part.text()), part.style(),
                width() - indent - part.indent())) {
                lines.add(new StyledLine(part.style(), part.indent(), line));
                height += part.style().leading();
            }
        }
        keep(Math.min(height, PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM));
        for (StyledLine line : lines) {
            keep(line.style().leading());
            y -= line.style().leading();
            show(line.style(), MARGIN_X + indent + line.indent(), y + line.style().baselineOffset(),
                line.text());
        }
    }

    /** One line of cells; a cell is right-aligned in its column when {@code rightAligned} says so. */
    void row(TextStyle style, float[] columnWidths, boolean[] rightAligned, String... cells) throws IOException {
        keep(style.leading());
        y -= style.leading();
        float x = MARGIN_X;
        float baseline = y + style.baselineOffset();
        for (int i = 0; i < cells.length; i++) {
            String text = BriefingFonts.printable(cells[i]);
            float cellX = rightAligned[i] ? x + columnWidths[i] - style.width(text) : x;
            show(style, cellX, baseline, text);
            x += columnWidths[i];
        }
    }

    /** A thin horizontal line across the text width. */
    void rule(Color color) throws IOException {
        keep(4);
        y -= 2;
        stream.setStrokingColor(color);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN_X, y);
        stream.lineTo(MARGIN_X + width(), y);
        stream.stroke();
        y -= 2;
    }

    /** A vector drawing of the given size in points, placed at the left margin. */
    void form(PDFormXObject form, float width, float height) throws IOException {
        keep(height);
        y -= height;
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(MARGIN_X, y));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    /** Closes the last page and writes a footer on every page: the left text and "page n / total" on the right. */
    void finish(TextStyle style, String leftText, String pageWord) throws IOException {
        if (stream == null) {
            newPage();
        }
        stream.close();
        stream = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.setStrokingColor(style.color());
                footer.setLineWidth(0.5f);
                footer.moveTo(MARGIN_X, FOOTER_Y + style.size() + 4);
                footer.lineTo(MARGIN_X + width(), FOOTER_Y + style.size() + 4);
                footer.stroke();
                write(footer, style, MARGIN_X, FOOTER_Y, BriefingFonts.printable(leftText));
                String number = BriefingFonts.printable(pageWord + " " + (i + 1) + " / " + total);
                write(footer, style, MARGIN_X + width() - style.width(number), FOOTER_Y, number);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    private void show(TextStyle style, float x, float baseline, String text) throws IOException {
        write(stream, style, x, baseline, text);
    }

    private static void write(PDPageContentStream out, TextStyle style, float x, float baseline, String text)
        throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(style.font(), style.size());
        out.setNonStrokingColor(style.color());
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Text with its style and an extra indent, for {@link #block}. */
    record StyledText(TextStyle style, float indent, String text) {
    }

    private record StyledLine(TextStyle style, float indent, String text) {
    }
}
