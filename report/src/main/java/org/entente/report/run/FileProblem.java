package org.entente.report.run;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failure of the file system into one line that says what failed, why and what to do. Java's own
 * messages name only the path ({@code AccessDeniedException: /data/briefings/out}), which reads like a
 * result rather than an error.
 */
public final class FileProblem {

    private FileProblem() {
    }

    /** The line for the first file-system failure in the cause chain; empty when there is none. */
    public static Optional<String> explain(Throwable failure, Path input, Path output) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReadOnlyFileSystemException) {
                return Optional.of("cannot write in the output folder " + output + ": the file system is read-only;"
                    + " give --output a folder you can write to");
            }
            if (t instanceof FileSystemException e && e.getFile() != null) {
                return Optional.of(explain(e, input, output));
            }
        }
        return Optional.empty();
    }

    private static String explain(FileSystemException e, Path input, Path output) {
        Path file = Path.of(e.getFile()).toAbsolutePath().normalize();
        Place place = Place.of(file, input, output);
        if (e instanceof AccessDeniedException) {
            return switch (place) {
                case OUTPUT_FOLDER -> "cannot create the output folder " + output
                    + ": permission denied; give --output a folder you can write to";
                case IN_OUTPUT -> "cannot write " + file + " in the output folder: permission denied;"
                    + " give --output a folder you can write to, or make " + output + " writable";
                case IN_INPUT -> "cannot read " + file + " in the input folder: permission denied;"
                    + " make it readable, or move it out of " + input;
                case ELSEWHERE -> "cannot use " + file + ": permission denied; make it readable (or writable for an"
                    + " output) and run the same command again";
            };
        }
        if (e instanceof NoSuchFileException) {
            return switch (place) {
                case OUTPUT_FOLDER -> "cannot create the output folder " + output + ": " + file
                    + " no longer exists; give --output a folder on a path that exists";
                case IN_OUTPUT -> "cannot write " + file + ": its folder was removed during the run;"
                    + " run the same command again: it restarts where it stopped";
                case IN_INPUT -> "cannot read " + file + ": it was moved or deleted during the run;"
                    + " run the same command again: it restarts where it stopped";
                case ELSEWHERE -> "cannot find " + file + ": no such file or folder; check the path"
                    + " and run the same command again";
            };
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
            || String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("not a directory")) {
            return "cannot create the folder " + file + ": a file of that name is in the way (or on its path);"
                + (place == Place.OUTPUT_FOLDER || place == Place.IN_OUTPUT
                    ? " give --output a folder, not a file" : " move that file away")
                + " and run the same command again";
        }
        String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only")) {
            return (place == Place.OUTPUT_FOLDER ? "cannot create the output folder " + output : "cannot write " + file)
                + ": the file system is read-only; give --output a folder you can write to";
        }
        String doing = place == Place.IN_INPUT ? "cannot read " : "cannot write ";
        return doing + file + ": " + reason + "; fix that"
            + (place == Place.IN_INPUT ? " or move the file out of the input folder" : " or give --output another folder")
            + " and run the same command again";
    }

    /** Where a failing path lies, which decides what the user can do about it. */
    private enum Place {
        /** the output folder itself or one of the folders above it: the folder could not be made */
        OUTPUT_FOLDER,
        IN_OUTPUT,
        IN_INPUT,
        ELSEWHERE;

        static Place of(Path file, Path input, Path output) {
            Path in = input.toAbsolutePath().normalize();
            Path out = output.toAbsolutePath().normalize();
            if (out.startsWith(file)) {
                return OUTPUT_FOLDER;
            }
            if (file.startsWith(out)) {
                return IN_OUTPUT;
            }
            return file.startsWith(in) ? IN_INPUT : ELSEWHERE;
        }
    }
}
