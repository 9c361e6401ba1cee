package org.entente.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.InputFolder;
import org.entente.report.stories.StorySketch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class ReadAheadFileReaderTest {

    @TempDir
    Path input;

    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

    @BeforeEach
    void startWorkers() throws Exception {
        workers.setCorePoolSize(3);
        workers.initialize();
        for (int i = 1; i <= 7; i++) {
            Files.writeString(input.resolve(String.format("%03d.txt", i)),
                " date 2024-03-0" + i + " Dépêche numéro " + i + "\n\nLe ministre a visité l'usine numéro " + i + " mardi.\n",
                StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdown();
    }

    private List<String> readAll(ReadAheadFileReader reader) throws Exception {
        List<String> ids = new ArrayList<>();
        for (ReadFile file = reader.read(); file != null; file = reader.read()) {
            ids.add(file.articles().get(0).id());
        }
        return ids;
    }

    @Test
    void handsOutEveryFileParsedInTheFoldersOrder() throws Exception {
        ReadAheadFileReader reader = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 3);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly("001", "002", "003", "004", "005", "006", "007");
        reader.close();
    }

    @Test
    void handsOutEachArticleWithTheSketchOfItsStoryAndARejectionWithNone() throws Exception {
        Files.writeString(input.resolve("008.txt"), "", StandardCharsets.UTF_8);
        ReadAheadFileReader reader = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 3);
        reader.open(new ExecutionContext());

        ReadFile first = reader.read();
        assertThat(first.sketches()).singleElement()
            .isEqualTo(StorySketch.encode(first.articles().get(0).article().text()));
        ReadFile last = null;
        for (ReadFile file = first; file != null; file = reader.read()) {
            last = file;
        }
        assertThat(last.file()).isEqualTo("008.txt");
        assertThat(last.articles().get(0).isRejected()).isTrue();
        assertThat(last.sketches()).containsExactly((byte[]) null);
        reader.close();
    }

    @Test
    void parsesNoMoreThanTheReadAheadBeyondWhatItHandedOut() throws Exception {
        ReadAheadFileReader reader = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 2);
        reader.open(new ExecutionContext());

        reader.read();

        assertThat(reader.submitted()).isEqualTo(2);
        reader.close();
    }

    @Test
    void restartStartsAfterTheFilesTheFailedRunStored() throws Exception {
        ReadAheadFileReader first = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 3);
        ExecutionContext saved = new ExecutionContext();
        first.open(saved);
        first.read();
        first.read();
        first.update(saved);
        first.close();

        ReadAheadFileReader restarted = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 3);
        restarted.open(saved);

        assertThat(readAll(restarted)).containsExactly("003", "004", "005", "006", "007");
        restarted.close();
    }

    @Test
    void aFileTheFileSystemWillNotGiveFailsAtItsPlaceAndTheNextOnesStillCome() throws Exception {
        InputFolder folder = InputFolder.open(input, IngestOptions.defaults());
        ReadAheadFileReader reader = new ReadAheadFileReader(folder::files, file -> {
            if (file.equals("002.txt")) {
                throw new java.io.UncheckedIOException(new java.io.IOException("Input/output error"));
            }
            return folder.read(file);
        }, workers, 1);
        reader.open(new ExecutionContext());

        assertThat(reader.read().file()).isEqualTo("001.txt");
        assertThatThrownBy(reader::read).isInstanceOf(FileReadException.class)
            .hasMessageContaining("002.txt").hasMessageContaining("Input/output error");
        assertThat(reader.read().file()).isEqualTo("003.txt");
        reader.close();
    }

    @Test
    void aFileRemovedDuringTheRunIsRejectedAtItsPlace() throws Exception {
        ReadAheadFileReader reader = new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 1);
        reader.open(new ExecutionContext());
        Files.delete(input.resolve("002.txt"));

        assertThat(reader.read().file()).isEqualTo("001.txt");
        ReadFile removed = reader.read();
        assertThat(removed.file()).isEqualTo("002.txt");
        assertThat(removed.articles()).singleElement().satisfies(f -> assertThat(f.isRejected()).isTrue());
        assertThat(reader.read().file()).isEqualTo("003.txt");
        reader.close();
    }

    @Test
    void refusesAReadAheadBelowOne() {
        assertThatThrownBy(() -> new ReadAheadFileReader(InputFolder.open(input, IngestOptions.defaults()), workers, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
