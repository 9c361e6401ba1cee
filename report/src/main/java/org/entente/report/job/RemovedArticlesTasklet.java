package org.entente.report.job;

import org.entente.report.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Forgets articles whose files left the input folder, so their events leave the report too. */
public class RemovedArticlesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RemovedArticlesTasklet.class);

    private final ArticleStore store;
    private final long run;

    public RemovedArticlesTasklet(ArticleStore store, long run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int removed = store.removeNotSeenIn(run);
        if (removed > 0) {
            log.info("{} article(s) no longer in the input folder were removed with their events", removed);
        }
        return RepeatStatus.FINISHED;
    }
}
