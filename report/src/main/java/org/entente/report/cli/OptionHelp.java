package org.entente.report.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of {@code --help}, the list of option names the parser accepts, and the list a bad option is told. */
public final class OptionHelp {

    /** The options written {@code --name=value} (the others are switches or settings, parsed by their prefix). */
    static final List<String> NAMES = List.of("input", "output", "month", "dyad", "dictionary", "lexicon",
        "csv-flavour", "lang", "chart-window", "max-file-size", "cron");

    /** An option as the help text introduces it: two spaces, then {@code --name} at the start of a line. */
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^  (--[a-z][a-z.*-]*)");

    private OptionHelp() {
    }

    /**
     * Every option {@code --help} documents, in its order, read from the help text itself so that the list a
     * mistyped option is answered with never leaves one out.
     */
    public static List<String> documented() {
        List<String> names = new java.util.ArrayList<>();
        Matcher m = DOCUMENTED.matcher(text());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public static String text() {
        return """
            entente: monthly briefing on relations between two countries, from French-language news.

            Usage: java -jar report/target/entente.jar [options]

              --input=DIR           folder of articles, read recursively (default: input): .txt .md .html .htm
                                    .json .jsonl .xml .rss .atom .csv .tsv .pdf (see the README for each)
              --output=DIR          folder for the CSV exports, charts and the PDF briefing; the job's
                                    database lives in DIR/.entente (default: output)
              --month=YYYY-MM       the briefing's month (default: the latest month that has articles)
              --dyad=A,B            the pair of countries, as three-letter codes (default: CHN,RUS)
              --dictionary=FILE     an actor dictionary of your own, added to the built-in one (repeatable)
              --lexicon=FILE        a trigger lexicon of your own, added to the built-in one (repeatable)
              --csv-flavour=NAME    rfc4180 (default: commas, UTF-8, exact: for programs) or excel-fr
                                    (semicolons, byte-order mark, CRLF, formula-like cells shown as text:
                                    the one to open in a spreadsheet)
              --lang=en|fr          the language of the briefing's labels (default: en); evidence stays in French
              --chart-window=N      months shown in the trend charts, 1 to 120 (default: 24)
              --max-file-size=SIZE  larger files are rejected with a reason (default: 5MB)
              --schedule            keep running and brief each month just ended, by --cron; a month that
                                    already completed is skipped, saying so
              --cron=EXPRESSION     when --schedule runs, as second minute hour day month weekday
                                    (default: "0 0 6 1 * *", 06:00 on the 1st of each month)
              --rerun               with --schedule: run a month again even if it already completed
              --rebuild             move the job's database (DIR/.entente) aside and rebuild it from the input
                                    folder: the way out when the database is damaged; nothing is deleted
              --spring.*=VALUE      any Spring Boot property, e.g. --spring.datasource.url=jdbc:postgresql://...
              --entente.analysis-threads=N   worker threads, 0 to 256 (default 0: two per core)
              --entente.analysis-chunk=N     articles analysed per transaction, 1 to 10000 (default: 200)
              --entente.ingest-read-ahead=N  files parsed ahead of the one being stored, 1 to 100000 (default: 400)
              --entente.article-budget-seconds=N  seconds the analysis may spend on one article, 1 to 3600
                                    (default: 10); an article past it is listed as rejected and the run goes on
              --entente.lock-wait-ms=N       how long a transaction waits for the embedded store's write lock,
                                    100 to 3600000 (default: 30000); past it the run stops, saying so
              --help                this text

            Exit codes: 0 done, 1 the job failed (run the same command again to restart it), 2 bad options.
            """;
    }
}
