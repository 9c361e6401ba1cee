package org.entente.report.job;

import org.entente.report.store.ArticleStore;
import org.entente.report.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/** An article the analysis failed on is listed as rejected with the reason, never silently lost. */
public class AnalysisSkipListener implements SkipListener<StoredArticle, AnalyzedArticle> {

    private static final Logger log = LoggerFactory.getLogger(AnalysisSkipListener.class);

    private final ArticleStore store;

    public AnalysisSkipListener(ArticleStore store) {
        this.store = store;
    }

    @Override
    public void onSkipInProcess(StoredArticle item, Throwable t) {
        String reason = "the analysis failed on this article (" + t.getCause() + "); the run went on without it."
            + " Please report it with the file";
        log.error("{}: {}", item.article().file(), reason);
        store.markRejected(item.article().id(), reason);
    }
}
