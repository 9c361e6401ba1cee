package org.entente.report.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.entente.analyze.Event;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.Sha256;
import org.entente.report.ArticleSummary;

/**
 * Writes the monthly briefing: {@code briefing-YYYY-MM.pdf} and its charts as PNG files beside it
 * ({@code briefing-YYYY-MM-counts.png}, {@code -directions.png}, {@code -participants.png}). Every file is written
 * under a temporary name and renamed when complete. The same input and options give the same bytes.
 */
public final class BriefingWriter {

    private BriefingWriter() {
    }

    /** @param events the events to brief, dropped ones already left out */
    public static BriefingFiles write(Path outputDir, BriefingOptions options, List<MonthlyCount> counts,
                                      List<Event> events, List<ArticleSummary> articles) throws IOException {
        Objects.requireNonNull(options, "options");
        return write(outputDir, options, counts, BriefingInputs.of(options.month(), events, articles),
            ChartTally.of(options, events));
    }

    /**
     * Writes the briefing from inputs already picked for its month, so that a caller need not hold every event.
     *
     * @param tally the chart window's events, counted
     */
    public static BriefingFiles write(Path outputDir, BriefingOptions options, List<MonthlyCount> counts,
                                      BriefingInputs inputs, ChartTally tally) throws IOException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(options, "options");
        Labels labels = Labels.of(options.language());
        BriefingFacts facts = BriefingFacts.of(options.month(), counts, inputs);
        String base = "briefing-" + options.month();
        List<ChartSpec> charts = BriefingCharts.build(options, facts, tally, labels,
            PageFlow.PAGE.getWidth() - 2 * PageFlow.MARGIN_X);

        byte[] pdf = pdf(options, facts, labels, charts);
        List<Path> pngs = new ArrayList<>();
        for (ChartSpec chart : charts) {
            pngs.add(AtomicFiles.write(outputDir.resolve(base + "-" + chart.name() + ".png"),
                ChartDrawing.png(chart, ChartDrawing.PRINT_DPI)));
        }
        Path pdfFile = AtomicFiles.write(outputDir.resolve(base + ".pdf"), pdf);
        return new BriefingFiles(pdfFile, pngs);
    }

    private static byte[] pdf(BriefingOptions options, BriefingFacts facts, Labels labels, List<ChartSpec> charts)
        throws IOException {
        try (PDDocument document = new PDDocument()) {
            BriefingFonts.PdfFonts fonts = BriefingFonts.embed(document);
            List<BriefingDocument.DrawnChart> drawn = new ArrayList<>();
            for (ChartSpec chart : charts) {
                drawn.add(new BriefingDocument.DrawnChart(ChartDrawing.form(document, chart, fonts), chart.width(),
                    chart.height()));
            }
            BriefingDocument.lay(document, fonts, options, facts, labels, drawn);
            describe(document, options, labels);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Metadata, with dates from generatedOn and a fixed /ID, so that nothing in the file depends on the clock. */
    private static void describe(PDDocument document, BriefingOptions options, Labels labels) {
        String countryA = CountryNames.name(options.dyad().sideA(), labels.language());
        String countryB = CountryNames.name(options.dyad().sideB(), labels.language());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(labels.format("title", countryA, countryB) + " \u2014 " + options.month());
        info.setSubject(labels.format("subtitle", options.month().toString()));
        info.setCreator("entente");
        info.setProducer("entente (Apache PDFBox)");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        created.clear();
        created.set(options.generatedOn().getYear(), options.generatedOn().getMonthValue() - 1,
            options.generatedOn().getDayOfMonth());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage(labels.language().code());

        byte[] id = documentId(options, document.getNumberOfPages());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A digest of what the briefing is about, standing in for PDFBox's clock-based file identifier. */
    private static byte[] documentId(BriefingOptions options, int pages) {
        return Arrays.copyOf(Sha256.bytes("entente briefing|" + options + "|" + pages), 16);
    }
}
