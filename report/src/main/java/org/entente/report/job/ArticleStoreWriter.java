package org.entente.report.job;

import java.util.List;
import org.entente.ingest.IngestedFile;
import org.entente.report.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each ingested file in the articles table, and says in the log why a file was rejected. */
public class ArticleStoreWriter implements ItemWriter<List<IngestedFile>> {

    private static final Logger log = LoggerFactory.getLogger(ArticleStoreWriter.class);

    private final ArticleStore store;
    private final long run;
    private final String fingerprint;
    private final ProgressMeter progress;

    public ArticleStoreWriter(ArticleStore store, long run, String fingerprint, ProgressMeter progress) {
        this.store = store;
        this.run = run;
        this.fingerprint = fingerprint;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends List<IngestedFile>> chunk) {
        for (List<IngestedFile> files : chunk) {
            for (IngestedFile file : files) {
                IngestedFile stored = store.save(file, run, fingerprint);
                if (stored.isRejected()) {
                    log.warn("rejected {}: {}", stored.file(), stored.reason());
                }
            }
        }
        progress.advance(chunk.size());
    }
}
