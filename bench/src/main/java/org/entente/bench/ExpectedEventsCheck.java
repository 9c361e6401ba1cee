package org.entente.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How far the job's mentions.csv agrees with the generator's expected-events.csv: a sanity check
 * that a fast run is still a correct one, not a quality score (the gold files are for that). An
 * expected event is found when a mention of its article has the same type, status and month, the
 * same direction for a shared position, and participants compatible side by side (one set within
 * the other, an empty side matching any), as the codebook merges them.
 * <pre>java -cp bench/target/benchmarks.jar org.entente.bench.ExpectedEventsCheck expected-events.csv output/mentions.csv</pre>
 */
public final class ExpectedEventsCheck {

    /** The agreement, with the disagreements counted by type and status. */
    record Result(int expected, int found, int mentions, int matching, Map<String, Integer> missed,
                  Map<String, Integer> unexpected) {

        String describe() {
            return String.format(Locale.ROOT, "expected events found: %d of %d (recall %.3f); mentions matching an expected event: "
                    + "%d of %d (precision %.3f); missed %s; unexpected %s", found, expected, ratio(found, expected), matching,
                mentions, ratio(matching, mentions), missed, unexpected);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    private ExpectedEventsCheck() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(check(Path.of(args[0]), Path.of(args[1])).describe());
    }

    static Result check(Path expectedCsv, Path mentionsCsv) throws IOException {
        Map<String, List<Map<String, String>>> expected = byArticle(expectedCsv);
        Map<String, List<Map<String, String>>> mentions = byArticle(mentionsCsv);
        int expectedCount = 0;
        int found = 0;
        Map<String, Integer> missed = new TreeMap<>();
        for (var entry : expected.entrySet()) {
            for (Map<String, String> e : entry.getValue()) {
                expectedCount++;
                if (mentions.getOrDefault(entry.getKey(), List.of()).stream().anyMatch(m -> agree(e, m))) {
                    found++;
                } else {
                    missed.merge(e.get("type") + "/" + e.get("status"), 1, Integer::sum);
                }
            }
        }
        int mentionCount = 0;
        int matching = 0;
        Map<String, Integer> unexpected = new TreeMap<>();
        for (var entry : mentions.entrySet()) {
            for (Map<String, String> m : entry.getValue()) {
                mentionCount++;
                if (expected.getOrDefault(entry.getKey(), List.of()).stream().anyMatch(e -> agree(e, m))) {
                    matching++;
                } else {
                    unexpected.merge(m.get("type") + "/" + m.get("status"), 1, Integer::sum);
                }
            }
        }
        return new Result(expectedCount, found, mentionCount, matching, missed, unexpected);
    }

    private static boolean agree(Map<String, String> e, Map<String, String> m) {
        if (!e.get("type").equals(m.get("type")) || !e.get("status").equals(m.get("status"))
            || !e.get("month").equals(m.get("month"))) {
            return false;
        }
        if (e.get("type").equals("shared_position")) {
            return e.get("direction").equals(m.get("direction"));
        }
        return compatible(e.get("participants_a"), m.get("participants_a"))
            && compatible(e.get("participants_b"), m.get("participants_b"));
    }

    private static boolean compatible(String x, String y) {
        Set<String> a = names(x);
        Set<String> b = names(y);
        return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
    }

    private static Set<String> names(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : Set.of(joined.split(";"));
    }

    private static Map<String, List<Map<String, String>>> byArticle(Path csv) throws IOException {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(in)) {
                rows.computeIfAbsent(record.get("article"), k -> new ArrayList<>()).add(record.toMap());
            }
        }
        return rows;
    }
}
