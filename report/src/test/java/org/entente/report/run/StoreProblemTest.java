package org.entente.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one line a run's failure ends with, for the failures that have a way out of their own. */
class StoreProblemTest {

    private static final Path OUTPUT = Path.of("/data/out");

    @Test
    void aFullDiskSaysToFreeSpaceAndRunAgain() {
        var failure = new IllegalStateException("report step failed", new IOException("No space left on device"));

        assertThat(StoreProblem.explain(failure, OUTPUT)).hasValueSatisfying(line -> assertThat(line)
            .contains("/data/out is full", "Free some space and run the same command again"));
    }

    @Test
    void aLockHeldPastTheWaitSaysWhoMayHoldItAndWhatToDo() {
        var failure = new RuntimeException(new java.sql.SQLException("[SQLITE_BUSY] The database file is locked (database is locked)"));

        assertThat(StoreProblem.explain(failure, OUTPUT)).hasValueSatisfying(line -> assertThat(line)
            .contains("stayed locked", "close any program that has it open", "run the same command again"));
    }

    @Test
    void anyOtherFailureKeepsTheGeneralAdvice() {
        assertThat(StoreProblem.explain(new IllegalStateException("simulated bug"), OUTPUT)).isEmpty();
    }
}
