package org.entente.report.job;

import org.entente.report.store.ArticleStore;
import org.entente.report.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An article the analysis failed on is listed as rejected with the reason, never silently lost. */
public class AnalysisSkipListener implements SkipListener<StoredArticle, AnalyzedArticle> {

    private static final Logger log = LoggerFactory.getLogger(AnalysisSkipListener.class);

    private final ArticleStore store;
    private final TransactionTemplate transactions;

    public AnalysisSkipListener(ArticleStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void onSkipInProcess(StoredArticle item, Throwable t) {
        String reason = t instanceof ArticleOverBudgetException over ? over.reason()
            : "the analysis failed on this article (" + t.getCause() + "); the run went on without it."
                + " Please report it with the file";
        log.error("{}: {}", item.article().file(), reason);
        // the analysis step runs outside a transaction (see MentionWriter): the two statements get one of their own
        transactions.executeWithoutResult(status -> store.markRejected(item.article().id(), reason));
    }
}
