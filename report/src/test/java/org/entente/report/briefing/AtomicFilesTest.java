package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half-way (a full disk) leaves the previous file whole and no temporary file behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDiskFullHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("events.csv");
        Files.writeString(target, "the previous run's file\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(target).hasContent("the previous run's file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void onceSpaceIsFreedTheSameWriteCompletes() throws Exception {
        Path target = dir.resolve("events.csv");
        boolean[] full = {true};
        AtomicFiles.Content content = out -> {
            if (full[0]) {
                throw new IOException("No space left on device");
            }
            out.write("new\n".getBytes(StandardCharsets.UTF_8));
        };
        assertThatThrownBy(() -> AtomicFiles.write(target, content)).isInstanceOf(IOException.class);

        full[0] = false;
        AtomicFiles.write(target, content);

        assertThat(target).hasContent("new");
    }
}
