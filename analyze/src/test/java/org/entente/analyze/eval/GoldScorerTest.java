package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.eval.Fixtures.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Event;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {

    private static final String HEADER = String.join(",", GoldCsv.COLUMNS) + "\n";
    private static final String ROW = "meeting,occurred,2023-09,Wang Yi,Sergueï Lavrov,,yes,talks\n";

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("alpha.txt"), " date 2023-09 Titre\n\nWang Yi a rencontré Sergueï Lavrov lundi.\n");
        Files.writeString(folder.resolve("beta.txt"), " date 2023-09 Autre titre\n\nRien de neuf.\n");
        return folder;
    }

    private Path gold(String body) throws IOException {
        return Files.writeString(dir.resolve("gold.csv"), HEADER + body);
    }

    @Test
    void eventsAreComparedWithTheRowsOfTheirOwnArticleOnly() throws IOException {
        Map<String, List<Event>> predicted = Map.of("alpha", List.of(meeting("2023-09", "Wang Yi", "Sergueï Lavrov")));

        EvaluationReport report = GoldScorer.score(articles(), gold("beta," + ROW),
                article -> predicted.getOrDefault(article.id(), List.of()));

        assertThat(report.falsePositives()).extracting(EvaluationReport.FalsePositive::article).containsExactly("alpha");
        assertThat(report.falseNegatives()).extracting(EvaluationReport.FalseNegative::article).containsExactly("beta");
    }

    @Test
    void articleIdIsTheFileNameWithoutExtension() throws IOException {
        List<String> seen = new ArrayList<>();

        EvaluationReport report = GoldScorer.score(articles(), gold("alpha," + ROW), article -> {
            seen.add(article.id());
            return article.id().equals("alpha") ? List.of(meeting("2023-09", "Wang Yi", "Sergei Lavrov")) : List.of();
        });

        assertThat(seen).containsExactly("alpha", "beta");
        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.score(EventType.MEETING).f1()).isEqualTo(1.0);
    }

    @Test
    void rowsOfAnArticleMissingFromTheFolderAreMissesAndAProblem() throws IOException {
        EvaluationReport report = GoldScorer.score(articles(), gold("gamma," + ROW), article -> List.of());

        assertThat(report.falseNegatives()).extracting(EvaluationReport.FalseNegative::article).containsExactly("gamma");
        assertThat(report.problems()).singleElement().asString().contains("'gamma'");
    }

    @Test
    void rejectedFileIsAProblemAndItsRowsAreMisses() throws IOException {
        Path folder = articles();
        Files.writeString(folder.resolve("delta.txt"), "");

        EvaluationReport report = GoldScorer.score(folder, gold("delta," + ROW), article -> List.of());

        assertThat(report.problems()).singleElement().asString().contains("delta.txt was rejected");
        assertThat(report.falseNegatives()).hasSize(1);
    }
}
