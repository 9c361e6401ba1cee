package org.entente.report.briefing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Liberation Sans font (SIL OFL, shipped on the classpath by openpdf-fonts-extra) for both the PDF and the
 * charts, so that the PNG charts, the vector charts in the PDF and the PDF's own text look alike, and so that
 * accents, « », ’ and — are real, copyable text. The font files are read once per JVM.
 */
final class BriefingFonts {

    /** The three faces embedded in one PDF document. */
    record PdfFonts(PDType0Font regular, PDType0Font bold, PDType0Font italic) {
    }

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "/liberation/LiberationSans-Italic.ttf";

    private BriefingFonts() {
    }

    /** Loaded on first use, not when the class is touched, so that CSV-only runs never read the fonts. */
    private static final class Loaded {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
        static final byte[] ITALIC_BYTES = read(ITALIC);
        static final Font AWT_REGULAR = create(REGULAR_BYTES);
        static final Font AWT_BOLD = create(BOLD_BYTES);
    }

    /** The chart font of the given style ({@link Font#PLAIN} or {@link Font#BOLD}) and size in points. */
    static Font chartFont(int style, float size) {
        Font face = (style & Font.BOLD) != 0 ? Loaded.AWT_BOLD : Loaded.AWT_REGULAR;
        return face.deriveFont(size);
    }

    static PdfFonts embed(PDDocument document) throws IOException {
        return new PdfFonts(load(document, Loaded.REGULAR_BYTES), load(document, Loaded.BOLD_BYTES),
            load(document, Loaded.ITALIC_BYTES));
    }

    private static PDType0Font load(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // Liberation Sans substitutes glyphs (its only GSUB feature, ccmp) for runs of the tone letters U+02E5 to U+02E9
        // alone, which French text does not hold; PDFBox would still compile those runs into a regular expression for
        // every word it shows (a quarter of the report step at a month of a thousand events). Without it every
        // character is its own glyph, as it was.
        face.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(face);
        // subsets: the whole face is 400 KB, the glyphs a briefing uses are a few KB
        return PDType0Font.load(document, face, true);
    }

    /**
     * The text as the font can show it on one line: line breaks and tabs become spaces, invisible characters go,
     * spaces the font lacks become a no-break space, and any other character the font lacks becomes '?'
     * (PDFBox refuses to show a glyph the font does not have).
     */
    static String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Font face = Loaded.AWT_REGULAR;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\u00AD' || cp == '\u200B' || cp == '\uFEFF' || cp == '\u200E' || cp == '\u200F') {
                return;
            }
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\u2028' || cp == '\u2029') {
                out.append(' ');
            } else if (Character.getType(cp) == Character.SPACE_SEPARATOR && cp != ' ' && !face.canDisplay(cp)) {
                out.append('\u00A0');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (face.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = BriefingFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load the Liberation font", e);
        }
    }
}
