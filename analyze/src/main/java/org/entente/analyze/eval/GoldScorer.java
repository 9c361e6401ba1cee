package org.entente.analyze.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.analyze.Event;
import org.entente.ingest.Article;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;

/**
 * Reads an annotated folder as a run would and scores whatever turns each article into events
 * against the gold rows of that article only, so that one article's hit never hides another's miss.
 */
public final class GoldScorer {

    /** The analysis under test: one article in, its merged events out. */
    @FunctionalInterface
    public interface ArticleEvents {
        List<Event> of(Article article);
    }

    private GoldScorer() {
    }

    public static EvaluationReport score(Path articlesDir, Path goldCsv, ArticleEvents analysis) throws IOException {
        Map<String, List<GoldRow>> gold = new LinkedHashMap<>();
        for (GoldRow row : GoldCsv.read(goldCsv)) {
            gold.computeIfAbsent(row.article(), k -> new ArrayList<>()).add(row);
        }
        InputFolder folder = InputFolder.open(articlesDir, IngestOptions.defaults());
        Map<String, ArticleMatch> matches = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : folder.files()) {
            for (IngestedFile read : folder.read(file)) {
                List<Event> events = List.of();
                if (read.isRejected()) {
                    // Its gold rows stay in, as misses: a file the run cannot read is an error the user must see.
                    problems.add(read.file() + " was rejected: " + read.reason());
                } else {
                    events = analysis.of(read.article());
                }
                matches.put(read.id(), GoldMatcher.match(gold.getOrDefault(read.id(), List.of()), events));
            }
        }
        gold.forEach((article, rows) -> {
            if (!matches.containsKey(article)) {
                problems.add("the gold file annotates '" + article + "', which is not in " + articlesDir);
                matches.put(article, GoldMatcher.match(rows, List.of()));
            }
        });
        return EvaluationReport.of(matches, problems);
    }
}
