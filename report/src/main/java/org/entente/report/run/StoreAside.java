package org.entente.report.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * What --rebuild does to the embedded store before the run: moves its database files into a folder of their
 * own beside them, so that the run starts from an empty database and rebuilds everything from the input
 * folder. Nothing is deleted: the old files stay for a look or a backup, and the user removes them.
 */
public final class StoreAside {

    static final String PREFIX = "set-aside-";

    private StoreAside() {
    }

    /**
     * Moves every file of the store folder but the run lock and earlier set-aside folders.
     *
     * @return the folder they went to, or empty when the store held no database yet
     */
    public static java.util.Optional<Path> moveAside(Path storeFolder) throws IOException {
        if (!Files.isDirectory(storeFolder)) {
            return java.util.Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(storeFolder)) {
            files = list.filter(p -> !p.getFileName().toString().equals("run.lock")
                && !p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        }
        if (files.isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = storeFolder.resolve(name);
        for (int n = 2; Files.exists(aside); n++) {
            aside = storeFolder.resolve(name + "-" + n);
        }
        Files.createDirectories(aside);
        for (Path file : files) {
            Files.move(file, aside.resolve(file.getFileName()));
        }
        return java.util.Optional.of(aside);
    }
}
