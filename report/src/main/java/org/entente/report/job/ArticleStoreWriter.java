package org.entente.report.job;

import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.DuplicateTracker;
import org.entente.ingest.IngestedFile;
import org.entente.report.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each ingested file in the articles table, and says in the log why a file was rejected.
 * Files arrive in the folder's fixed order whatever thread parsed them, so of two files with the
 * same text (or two records with the same id) the first is always the one kept.
 */
public class ArticleStoreWriter implements ItemWriter<ReadFile> {

    private static final Logger log = LoggerFactory.getLogger(ArticleStoreWriter.class);

    private final ArticleStore store;
    private final long run;
    private final String fingerprint;
    private final ProgressMeter progress;
    private final DuplicateTracker duplicates = new DuplicateTracker();

    public ArticleStoreWriter(ArticleStore store, long run, String fingerprint, ProgressMeter progress) {
        this.store = store;
        this.run = run;
        this.fingerprint = fingerprint;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ReadFile> chunk) {
        List<IngestedFile> files = new ArrayList<>();
        List<byte[]> sketches = new ArrayList<>();
        for (ReadFile read : chunk) {
            read.articles().forEach(file -> files.add(duplicates.check(file)));
            sketches.addAll(read.sketches());
        }
        for (IngestedFile stored : store.saveAll(files, sketches, run, fingerprint)) {
            if (stored.isRejected()) {
                log.warn("rejected {}: {}", stored.file(), stored.reason());
            }
        }
        progress.advance(chunk.size());
    }
}
