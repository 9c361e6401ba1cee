package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, printed with them: a loaded machine gives lower numbers. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format(java.util.Locale.ROOT, "%d cores, Java %s (%s), max heap of this JVM %d MB, load average %s",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
            Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
    }

    /** The 1-minute load average from /proc, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
