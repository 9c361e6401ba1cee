package org.entente.report.job;

import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;
import org.entente.report.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/** A file the file system would not give us is listed as rejected with the reason. */
public class IngestSkipListener implements SkipListener<ReadFile, ReadFile> {

    private static final Logger log = LoggerFactory.getLogger(IngestSkipListener.class);

    private final InputFolder folder;
    private final ArticleStore store;
    private final long run;

    public IngestSkipListener(InputFolder folder, ArticleStore store, long run) {
        this.folder = folder;
        this.store = store;
        this.run = run;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (!(t instanceof FileReadException failed)) {
            throw new IllegalStateException("ingest skipped a read that failed with " + t, t);
        }
        String file = failed.file();
        String id = folder.idOf(file);
        String reason = "unreadable: " + t.getCause().getMessage() + "; check the file's permissions and run again";
        log.error("{}: {}", file, reason);
        store.save(IngestedFile.rejected(id, file, reason), run, "");
    }
}
