package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final Pattern HEADER = Pattern.compile("^ date (\\d{4}-\\d{2}) \\S.*$");

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalCorpus() throws IOException {
        CorpusGenerator.generate(temp.resolve("one"), 300, 7);
        CorpusGenerator.generate(temp.resolve("two"), 300, 7);

        assertThat(contents(temp.resolve("one"))).isEqualTo(contents(temp.resolve("two")));
    }

    @Test
    void otherSeedGivesOtherArticles() throws IOException {
        CorpusGenerator.generate(temp.resolve("one"), 50, 7);
        CorpusGenerator.generate(temp.resolve("two"), 50, 8);

        assertThat(Files.readString(temp.resolve("one/articles/000001.txt")))
            .isNotEqualTo(Files.readString(temp.resolve("two/articles/000001.txt")));
    }

    @Test
    void everyArticleOpensWithTheSamplesDateHeaderAndHasTenToThirtyBodySentences() throws IOException {
        CorpusGenerator.generate(temp, 200, 3);

        try (Stream<Path> files = Files.list(temp.resolve(CorpusGenerator.ARTICLES))) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                assertThat(lines.get(0)).matches(HEADER);
                YearMonth month = YearMonth.parse(lines.get(0).substring(6, 13));
                assertThat(month).isBetween(YearMonth.of(2023, 1), YearMonth.of(2024, 12));
                long sentences = lines.stream().skip(1).filter(l -> !l.isBlank())
                    .mapToLong(l -> l.split("(?<=[.])\\s+(?=[A-ZÉ«])").length).sum();
                assertThat(sentences).as(file.toString()).isBetween(10L, 30L);
            }
        }
    }

    @Test
    void summaryCountsWhatWasWritten() throws IOException {
        CorpusGenerator.Summary summary = CorpusGenerator.generate(temp, 120, 11);

        long bytes = 0;
        try (Stream<Path> files = Files.list(temp.resolve(CorpusGenerator.ARTICLES))) {
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
        }
        List<String> rows = Files.readAllLines(temp.resolve(CorpusGenerator.EXPECTED));
        assertThat(summary.bytes()).isEqualTo(bytes);
        assertThat(rows.get(0)).isEqualTo("article,type,status,month,participants_a,participants_b,direction");
        assertThat(rows).hasSize(summary.events() + 1);
        assertThat(rows.stream().filter(r -> r.contains(",occurred,")).count()).isEqualTo(summary.counted());
        assertThat(CorpusGenerator.Summary.read(temp)).isEqualTo(summary);
    }

    @Test
    void expectedEventsNameExistingArticlesAndOnlyOneOfEachEventPerArticle() throws IOException {
        CorpusGenerator.generate(temp, 400, 5);

        List<String[]> rows = Files.readAllLines(temp.resolve(CorpusGenerator.EXPECTED)).stream().skip(1)
            .map(r -> r.split(",", -1)).toList();
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            assertThat(row).hasSize(7);
            assertThat(temp.resolve(CorpusGenerator.ARTICLES).resolve(row[0] + ".txt")).exists();
            assertThat(row[1]).isIn("contact", "meeting", "shared_position");
            assertThat(row[2]).isIn("occurred", "planned");
            if (row[1].equals("shared_position")) {
                assertThat(row[6]).isIn("joint", "a_to_b", "b_to_a");
                assertThat(row[4] + row[5]).isEmpty();
            } else {
                assertThat(row[4]).isNotEmpty();
                assertThat(row[5]).isNotEmpty();
                assertThat(row[6]).isEmpty();
            }
        }
        Map<String, Long> perKey = rows.stream().collect(Collectors.groupingBy(
            r -> String.join("|", r[0], r[1], r[2], r[4], r[5], r[6]), TreeMap::new, Collectors.counting()));
        assertThat(perKey.values()).allMatch(n -> n == 1);
        Set<String> types = rows.stream().map(r -> r[1] + "/" + r[2]).collect(Collectors.toSet());
        assertThat(types).contains("contact/occurred", "meeting/occurred", "shared_position/occurred", "meeting/planned");
    }

    @Test
    void namesAPersonOnlyInMonthsWhenTheyHeldTheOffice() throws IOException {
        CorpusGenerator.generate(temp, 1500, 9);

        List<String[]> rows = Files.readAllLines(temp.resolve(CorpusGenerator.EXPECTED)).stream().skip(1)
            .map(r -> r.split(",", -1)).toList();
        for (String[] row : rows) {
            String header = Files.readAllLines(temp.resolve(CorpusGenerator.ARTICLES).resolve(row[0] + ".txt")).get(0);
            YearMonth published = YearMonth.parse(header.substring(6, 13));
            if (row[4].equals("Qin Gang")) {
                assertThat(published).isBeforeOrEqualTo(YearMonth.of(2023, 6));
            }
            if (row[4].equals("Li Qiang")) {
                assertThat(published).isAfterOrEqualTo(YearMonth.of(2023, 4));
            }
            if (row[5].equals("Nikolai Patrushev")) {
                assertThat(published).isBeforeOrEqualTo(YearMonth.of(2024, 4));
            }
            if (row[5].equals("Andreï Belooussov")) {
                assertThat(published).isAfterOrEqualTo(YearMonth.of(2024, 6));
            }
        }
    }

    @Test
    void eventMonthIsTheArticleMonthOrOneNamedInTheText() throws IOException {
        CorpusGenerator.generate(temp, 600, 13);

        for (String line : Files.readAllLines(temp.resolve(CorpusGenerator.EXPECTED)).subList(1, 50)) {
            String[] row = line.split(",", -1);
            String text = Files.readString(temp.resolve(CorpusGenerator.ARTICLES).resolve(row[0] + ".txt"));
            YearMonth published = YearMonth.parse(text.substring(6, 13));
            YearMonth month = YearMonth.parse(row[3]);
            if (!month.equals(published)) {
                assertThat(text).containsAnyOf("En " + FrenchCalendar.monthName(month), "en " + FrenchCalendar.monthName(month),
                    "Le mois dernier");
            }
        }
    }

    @Test
    void refusesAFolderThatAlreadyHoldsArticles() throws IOException {
        CorpusGenerator.generate(temp, 5, 1);

        assertThatThrownBy(() -> CorpusGenerator.generate(temp, 5, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
    }

    @Test
    void reusesACompleteCorpusOfTheSameSizeAndSeedAndRewritesOtherwise() throws IOException {
        CorpusGenerator.generate(temp, 20, 1);
        Path first = temp.resolve("articles/000001.txt");
        String before = Files.readString(first);

        assertThat(CorpusGenerator.reuseOrGenerate(temp, 20, 1).articles()).isEqualTo(20);
        assertThat(CorpusGenerator.reuseOrGenerate(temp, 10, 2).articles()).isEqualTo(10);
        try (Stream<Path> files = Files.list(temp.resolve("articles"))) {
            assertThat(files.count()).isEqualTo(10);
        }
        assertThat(Files.readString(first)).isNotEqualTo(before);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
