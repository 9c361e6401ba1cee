package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording says the CPU went: execution samples counted by the method on top of
 * the stack (self time), by the first entente method on the stack (which of our classes to look
 * at), and by thread (analysis workers versus the main thread).
 * <pre>java -cp bench/target/benchmarks.jar org.entente.bench.JfrHotSpots job-10000.jfr [--top=25]</pre>
 */
public final class JfrHotSpots {

    private JfrHotSpots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrHotSpots <recording.jfr> [--top=25]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int top = Integer.parseInt(Arguments.parse(java.util.Arrays.copyOfRange(args, 1, args.length), "top").get("top", "25"));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> oursInclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("\\d+$", "N"), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                boolean firstOurs = true;
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith("org.entente.") || name.startsWith("db.migration.")) {
                        if (firstOurs) {
                            ours.merge(name, 1, Integer::sum);
                            firstOurs = false;
                        }
                        if (seen.add(name)) {
                            oursInclusive.merge(name, 1, Integer::sum);
                        }
                    }
                }
                if (firstOurs) {
                    ours.merge("(no entente frame: framework, JDK, GC helpers)", 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples in %s%n", total, file);
        print("top methods, self (the frame on top of the stack)", self, total, top);
        print("first entente method on the stack (self time attributed to our code)", ours, total, top);
        print("entente methods, inclusive (on the stack at all)", oursInclusive, total, top);
        print("threads", threads, total, top);
    }

    private static String name(RecordedFrame frame) {
        if (frame.getMethod() == null) {
            return "?";
        }
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n-- " + title);
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(top)
            .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));
    }
}
