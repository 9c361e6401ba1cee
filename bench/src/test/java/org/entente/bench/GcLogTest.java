package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    @TempDir
    Path temp;

    @Test
    void peakIsTheLargestHeapBeforeACollectionAndLiveTheLargestAfter() throws IOException {
        Path log = temp.resolve("gc.log");
        Files.writeString(log, String.join("\n",
            "[0.011s] Using G1",
            "[1.204s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.000ms",
            "[2.500s] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(512M) 6.500ms",
            "[2.600s] GC(2) Concurrent Mark Cycle",
            "[2.700s] GC(2) Pause Remark 130M->128M(512M) 1.500ms",
            "[9.000s] GC(3) Pause Full (G1 Compaction Pause) 500M->90M(512M) 80.000ms",
            "[9.100s] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 2048K->1024K(1G) 1.000ms"));

        GcLog gc = GcLog.read(log);

        assertThat(gc.peakUsedMb()).isEqualTo(500);
        assertThat(gc.maxAfterMb()).isEqualTo(128);
        assertThat(gc.maxAfterFullMb()).isEqualTo(90);
        assertThat(gc.maxCommittedMb()).isEqualTo(1024);
        assertThat(gc.collections()).isEqualTo(5);
        assertThat(gc.fullCollections()).isEqualTo(1);
        assertThat(gc.pauseSeconds()).isCloseTo(0.093, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void heapOfAStepIsTakenFromThePausesWithinItsTimes() throws IOException {
        Path log = temp.resolve("gc.log");
        Files.writeString(log, String.join("\n",
            "[1.0s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 100M->20M(256M) 1.000ms",
            "[5.0s] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 300M->200M(256M) 1.000ms",
            "[6.0s] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 250M->40M(256M) 1.000ms",
            "[9.0s] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 400M->50M(512M) 1.000ms"));

        GcLog gc = GcLog.read(log);

        assertThat(gc.between(4.0, 8.0)).containsExactly(300, 200);
        assertThat(gc.between(10.0, 20.0)).containsExactly(0, 0);
        assertThat(gc.maxAfterFullMb()).isEqualTo(-1);
    }

    @Test
    void aMissingLogGivesZeros() throws IOException {
        assertThat(GcLog.read(temp.resolve("none.log")).collections()).isZero();
    }
}
