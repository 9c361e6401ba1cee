package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;

/**
 * A generated corpus read into memory the way the job's ingest step reads it (through
 * {@link InputFolder}), so that the analysis benchmark sees the same {@link Article}s the job
 * analyses. Kept in a temporary folder named by size and seed, reused across forks and runs.
 */
record BenchCorpus(List<Article> articles, long bytes) {

    BenchCorpus {
        articles = List.copyOf(articles);
    }

    static Path folder(int articles, long seed) {
        return Path.of(System.getProperty("java.io.tmpdir"), "entente-bench-corpus-" + articles + "-" + seed);
    }

    static BenchCorpus load(int articles, long seed) throws IOException {
        Path dir = folder(articles, seed);
        CorpusGenerator.reuseOrGenerate(dir, articles, seed);
        InputFolder input = InputFolder.open(dir.resolve(CorpusGenerator.ARTICLES), IngestOptions.defaults());
        List<Article> read = new ArrayList<>(articles);
        long bytes = 0;
        for (String file : input.files()) {
            for (IngestedFile ingested : input.read(file)) {
                if (ingested.isRejected()) {
                    throw new IllegalStateException("a generated article was rejected: " + file + ": " + ingested.reason());
                }
                read.add(ingested.article());
                bytes += ingested.article().text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new BenchCorpus(read, bytes);
    }
}
