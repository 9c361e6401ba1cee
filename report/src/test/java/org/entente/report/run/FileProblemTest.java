package org.entente.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import org.junit.jupiter.api.Test;

/** What a user reads when the file system refuses: what failed, why, and what to do. */
class FileProblemTest {

    private final Path input = Path.of("/data/articles");
    private final Path output = Path.of("/data/briefings/out");

    @Test
    void anOutputFolderThatCannotBeCreatedSaysSoAndAsksForAnotherOne() {
        assertThat(FileProblem.explain(new AccessDeniedException("/data/briefings/out"), input, output))
            .contains("cannot create the output folder /data/briefings/out: permission denied;"
                + " give --output a folder you can write to");
        // the parent that refused is named by Java when the output folder's parents are missing too
        assertThat(FileProblem.explain(new AccessDeniedException("/data/briefings"), input, output))
            .contains("cannot create the output folder /data/briefings/out: permission denied;"
                + " give --output a folder you can write to");
    }

    @Test
    void aFileInTheOutputFolderThatCannotBeWrittenIsNamed() {
        String line = FileProblem.explain(new AccessDeniedException("/data/briefings/out/.entente/run.lock"), input, output)
            .orElseThrow();

        assertThat(line).startsWith("cannot write /data/briefings/out/.entente/run.lock in the output folder: permission denied;")
            .contains("give --output a folder you can write to");
    }

    @Test
    void anUnreadableInputFileSaysHowToGetPastIt() {
        assertThat(FileProblem.explain(new AccessDeniedException("/data/articles/2025/a.txt"), input, output))
            .contains("cannot read /data/articles/2025/a.txt in the input folder: permission denied;"
                + " make it readable, or move it out of /data/articles");
    }

    @Test
    void aFileThatVanishedDuringTheRunAsksForTheSameCommandAgain() {
        assertThat(FileProblem.explain(new NoSuchFileException("/data/articles/a.txt"), input, output).orElseThrow())
            .startsWith("cannot read /data/articles/a.txt: it was moved or deleted during the run;")
            .endsWith("run the same command again: it restarts where it stopped");
    }

    @Test
    void anyOtherFileSystemFailureGivesItsReasonAndTheFile() {
        FileSystemException busy = new FileSystemException("/data/briefings/out/articles.csv", null, "Input/output error");

        assertThat(FileProblem.explain(new UncheckedIOException(new IOException("wrapped", busy)), input, output))
            .contains("cannot write /data/briefings/out/articles.csv: Input/output error; fix that or give --output"
                + " another folder and run the same command again");
        assertThat(FileProblem.explain(new FileSystemException("/data/briefings/out/x", null, "Read-only file system"),
            input, output).orElseThrow()).contains("the file system is read-only; give --output a folder you can write to");
        assertThat(FileProblem.explain(new FileSystemException("/data/briefings", null, "Read-only file system"),
            input, output)).contains("cannot create the output folder /data/briefings/out: the file system is read-only;"
                + " give --output a folder you can write to");
        assertThat(FileProblem.explain(new ReadOnlyFileSystemException(), input, output).orElseThrow())
            .contains("read-only");
    }

    @Test
    void aFailureWithoutAFileIsLeftToTheGeneralMessage() {
        assertThat(FileProblem.explain(new IllegalStateException("no article"), input, output)).isEmpty();
    }
}
