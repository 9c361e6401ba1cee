package org.entente.report.briefing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.MonthlyCount;
import org.entente.report.ArticleSummary;

/**
 * Writes the four CSV files of the output contract. Rows are sorted so that the same input always gives the same
 * bytes, and each file appears under its final name only when it is complete.
 */
public final class CsvExports {

    public static final String ARTICLES = "articles.csv";
    public static final String MENTIONS = "mentions.csv";
    public static final String EVENTS = "events.csv";
    public static final String MONTHLY_COUNTS = "monthly_counts.csv";

    private CsvExports() {
    }

    /**
     * @return the files written: articles.csv, mentions.csv, events.csv, monthly_counts.csv, in that order
     */
    public static List<Path> write(Path outputDir, CsvFlavour flavour, Dyad dyad, List<ArticleSummary> articles,
                                   List<Event> events, List<MonthlyCount> counts) throws IOException {
        return write(outputDir, flavour, dyad, new ListExportRows(articles, events), () -> counts);
    }

    /**
     * Writes the exports row by row as the source hands them over, so that nothing here grows with the number of
     * articles or events.
     *
     * @param counts asked for once the other three files are written, so that they can be tallied from their rows
     * @return the files written: articles.csv, mentions.csv, events.csv, monthly_counts.csv, in that order
     */
    public static List<Path> write(Path outputDir, CsvFlavour flavour, Dyad dyad, ExportRows rows,
                                   Supplier<List<MonthlyCount>> counts) throws IOException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(dyad, "dyad");
        Path articles = writeFile(outputDir.resolve(ARTICLES), flavour, CsvRows.ARTICLE_HEADER,
            printer -> rows.articles(a -> printer.printRecord(flavour.cells(CsvRows.article(a)))));
        Path mentions = writeFile(outputDir.resolve(MENTIONS), flavour, CsvRows.MENTION_HEADER,
            printer -> rows.mentions(m -> printer.printRecord(flavour.cells(CsvRows.mention(m)))));
        Path events = writeFile(outputDir.resolve(EVENTS), flavour, CsvRows.EVENT_HEADER,
            printer -> rows.events(e -> printer.printRecord(flavour.cells(CsvRows.event(e, dyad)))));
        List<MonthlyCount> monthly = counts.get();
        Path monthlyCounts = writeFile(outputDir.resolve(MONTHLY_COUNTS), flavour, CsvRows.COUNT_HEADER, printer -> {
            for (MonthlyCount count : monthly) {
                printer.printRecord(flavour.cells(CsvRows.count(count)));
            }
        });
        return List.of(articles, mentions, events, monthlyCounts);
    }

    /** Prints a file's rows once its header is written. */
    @FunctionalInterface
    private interface Rows {
        void printTo(CSVPrinter printer) throws IOException;
    }

    private static Path writeFile(Path target, CsvFlavour flavour, String[] header, Rows rows) throws IOException {
        return AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (flavour.writesByteOrderMark()) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer, flavour.format(header));
            rows.printTo(printer);
            // flush, not close: AtomicFiles owns the stream
            printer.flush();
        });
    }
}
