package org.entente.report.run;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failure of the store or of the disk into the one line an operator needs: what happened and what to
 * do. Three failures have a way out of their own: a damaged database (rebuild it), a lock held by another
 * program (close it), a full disk (free space); the rest keep the general advice to run the command again.
 */
public final class StoreProblem {

    private StoreProblem() {
    }

    /** The line for the failure, when it is one of the three; empty otherwise. */
    public static Optional<String> explain(Throwable failure, Path output) {
        Path store = output.resolve(".entente");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("sqlite_full") || lower.contains("disk is full")) {
                return Optional.of("the disk holding " + output + " is full (" + firstLine(message) + "). No output was"
                    + " left half-written: every file is written under a temporary name and renamed when complete."
                    + " Free some space and run the same command again: it restarts where it stopped.");
            }
            if (lower.contains("sqlite_corrupt") || lower.contains("sqlite_notadb") || lower.contains("file is not a database")
                || lower.contains("disk image is malformed") || lower.contains("file corrupted")
                || lower.contains("unsupported database file version") || lower.contains("sqlite_ioerr_short_read")) {
                return Optional.of("the job's database in " + store + " is damaged and cannot be used ("
                    + firstLine(message) + "). Run the same command with --rebuild: it moves the damaged database aside"
                    + " (into " + store + "/set-aside-<time>, nothing is deleted) and rebuilds everything from the input"
                    + " folder and its corrections.csv.");
            }
            if (lower.contains("sqlite_busy") || lower.contains("database is locked")
                || lower.contains("timeout trying to lock table") || lower.contains("lock timeout")) {
                return Optional.of("the job's database in " + store + " stayed locked past the time allowed ("
                    + firstLine(message) + "). Another program holds it: close any program that has it open (an sqlite3"
                    + " shell, a database browser, a backup tool) and run the same command again.");
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
