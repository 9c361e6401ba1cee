package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small input folders for tests and reads them back. */
final class Folders {

    private Folders() {
    }

    static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, String text, Charset charset) {
        return write(dir, relative, text.getBytes(charset));
    }

    static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFolder open(Path dir) {
        try {
            return InputFolder.open(dir, IngestOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single result of reading one file. */
    static IngestedFile readOne(Path dir, String relative) {
        List<IngestedFile> results = open(dir).read(relative);
        if (results.size() != 1) {
            throw new AssertionError("expected one result for " + relative + ", got " + results);
        }
        return results.get(0);
    }

    static Article article(Path dir, String relative) {
        IngestedFile result = readOne(dir, relative);
        if (result.isRejected()) {
            throw new AssertionError(relative + " was rejected: " + result.reason());
        }
        return result.article();
    }
}
