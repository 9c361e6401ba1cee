package org.entente.report.briefing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Draws a chart twice: as a PNG at print resolution, and as vector graphics with real text inside a PDF. */
final class ChartDrawing {

    static final int PRINT_DPI = 300;

    private ChartDrawing() {
    }

    /** The chart as PNG bytes, {@code dpi} pixels per inch of its size in points, the resolution recorded in the file. */
    static byte[] png(ChartSpec spec, int dpi) throws IOException {
        double scale = dpi / 72.0;
        int width = (int) Math.round(spec.width() * scale);
        int height = (int) Math.round(spec.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // fractional metrics: text is laid out as in the PDF, not snapped to whole 72-dpi pixels
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            spec.chart().draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        } finally {
            g.dispose();
        }
        return encodePng(image, dpi);
    }

    /** The chart as a form XObject of {@code spec.width() x spec.height()} points, text drawn with the PDF's fonts. */
    static PDFormXObject form(PDDocument document, ChartSpec spec, BriefingFonts.PdfFonts fonts) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, spec.width(), spec.height());
        LiberationTextDrawer drawer = new LiberationTextDrawer(fonts);
        try {
            g.setFontTextDrawer(drawer);
            spec.chart().draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        } finally {
            g.dispose();
            drawer.close();
        }
        return g.getXFormObject();
    }

    private static byte[] encodePng(BufferedImage image, int dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this JVM");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            recordResolution(metadata, dpi);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /**
     * Sets the PNG's pHYs chunk, so that image programs print it at the intended size. Written in the PNG's own
     * metadata format: the JDK converts the standard format's millimetres per pixel the wrong way round.
     */
    private static void recordResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    /**
     * Maps every chart font to the embedded Liberation faces by weight. The charts are built with Liberation
     * already; this also catches any default font JFreeChart slips in, which would otherwise turn into outlines.
     */
    private static final class LiberationTextDrawer extends PdfBoxGraphics2DFontTextDrawer {
        private final BriefingFonts.PdfFonts fonts;

        LiberationTextDrawer(BriefingFonts.PdfFonts fonts) {
            this.fonts = fonts;
            registerFont(BriefingFonts.chartFont(Font.PLAIN, 10f).getFontName(), fonts.regular());
            registerFont(BriefingFonts.chartFont(Font.BOLD, 10f).getFontName(), fonts.bold());
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
            return font.isBold() || font.getFontName().contains("Bold") ? fonts.bold() : fonts.regular();
        }
    }
}
