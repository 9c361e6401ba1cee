package org.entente.report.cli;

import java.util.Map;

/**
 * The performance settings a user may give as {@code --entente.<name>=<n>}, checked before the run
 * starts: a wrong value would otherwise surface half-way through a run, as a failed step.
 */
final class TuningSettings {

    /** Setting, smallest and largest allowed value, and what it means. */
    private record Range(int min, int max, String meaning) {
    }

    private static final Map<String, Range> RANGES = Map.of(
        "entente.analysis-threads", new Range(0, 256, "worker threads; 0 means two per core"),
        "entente.analysis-chunk", new Range(1, 10_000, "articles analysed per transaction"),
        "entente.ingest-read-ahead", new Range(1, 100_000, "files parsed ahead of the one being stored"),
        "entente.article-budget-seconds", new Range(1, 3600, "seconds the analysis may spend on one article"),
        "entente.lock-wait-ms", new Range(100, 3_600_000, "milliseconds a transaction waits for the embedded store's write lock"));

    private TuningSettings() {
    }

    /** @param arg a {@code --entente.name=value} argument; other settings pass unchecked */
    static void check(String arg) {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        Range range = RANGES.get(name);
        if (range == null) {
            return;
        }
        String value = equals < 0 ? "" : arg.substring(equals + 1).strip();
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new OptionException("--" + name + "=" + value + " is not a whole number; give one from "
                + range.min() + " to " + range.max() + " (" + range.meaning() + ")");
        }
        if (n < range.min() || n > range.max()) {
            throw new OptionException("--" + name + "=" + n + " is out of range; give one from "
                + range.min() + " to " + range.max() + " (" + range.meaning() + ")");
        }
    }
}
