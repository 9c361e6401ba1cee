package org.entente.report.briefing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(dyad, "dyad");
        List<ArticleSummary> sortedArticles = new ArrayList<>(articles);
        sortedArticles.sort(CsvRows.ARTICLE_ORDER);
        List<Event> sortedEvents = new ArrayList<>(events);
        sortedEvents.sort(CsvRows.EVENT_ORDER);

        return List.of(
            writeFile(outputDir.resolve(ARTICLES), flavour, CsvRows.ARTICLE_HEADER, sortedArticles, CsvRows::article),
            writeFile(outputDir.resolve(MENTIONS), flavour, CsvRows.MENTION_HEADER, CsvRows.mentionsOf(sortedEvents),
                CsvRows::mention),
            writeFile(outputDir.resolve(EVENTS), flavour, CsvRows.EVENT_HEADER, sortedEvents,
                event -> CsvRows.event(event, dyad)),
            writeFile(outputDir.resolve(MONTHLY_COUNTS), flavour, CsvRows.COUNT_HEADER, counts, CsvRows::count));
    }

    private static <T> Path writeFile(Path target, CsvFlavour flavour, String[] header, List<T> rows,
                                      Function<T, List<String>> toRecord) throws IOException {
        return AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (flavour.writesByteOrderMark()) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer, flavour.format(header));
            for (T row : rows) {
                printer.printRecord(toRecord.apply(row));
            }
            // flush, not close: AtomicFiles owns the stream
            printer.flush();
        });
    }
}
