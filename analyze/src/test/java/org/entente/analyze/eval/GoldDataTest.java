package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gold sets stay usable: every row parses and names an article file that exists. */
class GoldDataTest {

    static Path gold(String name) throws URISyntaxException {
        return Path.of(GoldDataTest.class.getResource("/gold/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples", "own", "written", "written-long"})
    void everyRowNamesAnArticleOfItsFolder(String set) throws Exception {
        List<GoldRow> rows = GoldCsv.read(gold(set + ".csv"));
        Set<String> ids;
        try (Stream<Path> files = Files.list(gold(set))) {
            ids = files.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).collect(Collectors.toSet());
        }

        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(GoldRow::article).allMatch(ids::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples", "own", "written", "written-long"})
    void everyArticleStartsWithAHeaderOrATitleLine(String set) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(gold(set))) {
            for (Path file : files.toList()) {
                String first = Files.readString(file).lines().findFirst().orElse("");
                assertThat(first).as(file.getFileName().toString()).isNotBlank();
            }
        }
    }

    @Test
    void ownSetCoversEveryTypeAndBothStatuses() throws Exception {
        List<GoldRow> rows = GoldCsv.read(gold("own.csv"));

        assertThat(rows).extracting(GoldRow::type).contains(EventType.values());
        assertThat(rows).filteredOn(r -> r.status() == EventStatus.PLANNED).hasSizeGreaterThan(5);
        try (Stream<Path> files = Files.list(gold("own"))) {
            assertThat(files.count()).isGreaterThanOrEqualTo(35);
        }
    }
}
