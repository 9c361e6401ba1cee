package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a {@code -Xlog:gc} file: the heap in use just before each collection (its
 * maximum is the peak), just after (its maximum bounds what the job keeps alive), and the pauses.
 *
 * @param peakUsedMb     highest heap occupancy seen, before a collection
 * @param maxLiveMb      highest occupancy right after a collection: the retained set
 * @param maxCommittedMb largest heap size the JVM committed
 * @param collections    number of collections logged
 * @param fullCollections number of full collections (a sign the heap is too small)
 * @param pauseSeconds   total time in pauses
 */
record GcLog(long peakUsedMb, long maxLiveMb, long maxCommittedMb, int collections, int fullCollections,
             double pauseSeconds) {

    private static final Pattern LINE = Pattern.compile(
        "GC\\(\\d+\\) (Pause [^()]*(?:\\([^)]*\\)\\s*)*)(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)\\s+([\\d.]+)ms");

    static GcLog read(Path file) throws IOException {
        long peak = 0;
        long live = 0;
        long committed = 0;
        int count = 0;
        int full = 0;
        double pause = 0;
        if (!Files.isRegularFile(file)) {
            return new GcLog(0, 0, 0, 0, 0, 0);
        }
        for (String line : Files.readAllLines(file)) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            count++;
            if (m.group(1).startsWith("Pause Full")) {
                full++;
            }
            peak = Math.max(peak, mb(m.group(2), m.group(3)));
            live = Math.max(live, mb(m.group(4), m.group(5)));
            committed = Math.max(committed, mb(m.group(6), m.group(7)));
            pause += Double.parseDouble(m.group(8)) / 1000.0;
        }
        return new GcLog(peak, live, committed, count, full, pause);
    }

    private static long mb(String value, String unit) {
        long n = Long.parseLong(value);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }
}
