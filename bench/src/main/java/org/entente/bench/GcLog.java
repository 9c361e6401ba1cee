package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a {@code -Xlog:gc:file=...:uptime} file: the heap in use just before each
 * collection (its maximum is the peak) and just after. A young collection leaves the old
 * generation's garbage in place, so "after" is an upper bound of what the job keeps alive; only
 * after a full collection is it the live set itself.
 *
 * @param peakUsedMb      highest heap occupancy seen, before a collection
 * @param maxAfterMb      highest occupancy right after a collection (upper bound of the live set)
 * @param maxAfterFullMb  highest occupancy after a full collection (the live set then), or -1 when none ran
 * @param maxCommittedMb  largest heap size the JVM committed
 * @param collections     number of collection pauses logged
 * @param fullCollections number of full collections (a sign the heap is too small)
 * @param pauseSeconds    total time in pauses
 * @param pauses          every pause, for figures per step
 */
record GcLog(long peakUsedMb, long maxAfterMb, long maxAfterFullMb, long maxCommittedMb, int collections,
             int fullCollections, double pauseSeconds, List<Pause> pauses) {

    /** One collection pause: seconds since JVM start, heap before and after, in MB. */
    record Pause(double uptimeSeconds, long beforeMb, long afterMb, boolean full) {
    }

    private static final Pattern LINE = Pattern.compile(
        "^\\[([\\d.]+)s\\].*GC\\(\\d+\\) (Pause [^()]*(?:\\([^)]*\\)\\s*)*)(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)\\s+([\\d.]+)ms");

    static GcLog read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new GcLog(0, 0, -1, 0, 0, 0, 0, List.of());
        }
        long peak = 0;
        long after = 0;
        long afterFull = -1;
        long committed = 0;
        int full = 0;
        double pause = 0;
        List<Pause> pauses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            boolean isFull = m.group(2).startsWith("Pause Full");
            long before = mb(m.group(3), m.group(4));
            long left = mb(m.group(5), m.group(6));
            pauses.add(new Pause(Double.parseDouble(m.group(1)), before, left, isFull));
            if (isFull) {
                full++;
                afterFull = Math.max(afterFull, left);
            }
            peak = Math.max(peak, before);
            after = Math.max(after, left);
            committed = Math.max(committed, mb(m.group(7), m.group(8)));
            pause += Double.parseDouble(m.group(9)) / 1000.0;
        }
        return new GcLog(peak, after, afterFull, committed, pauses.size(), full, pause, List.copyOf(pauses));
    }

    /** Peak before and highest after, in MB, over pauses between two uptimes; {0, 0} when none. */
    long[] between(double fromSeconds, double toSeconds) {
        long before = 0;
        long after = 0;
        for (Pause p : pauses) {
            if (p.uptimeSeconds() >= fromSeconds && p.uptimeSeconds() < toSeconds) {
                before = Math.max(before, p.beforeMb());
                after = Math.max(after, p.afterMb());
            }
        }
        return new long[] {before, after};
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
