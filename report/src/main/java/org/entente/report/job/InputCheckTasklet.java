package org.entente.report.job;

import org.entente.report.store.ArticleStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Stops a run in which not one article could be read: a briefing built on nothing would look
 * like a month without events, which is a different and misleading statement.
 */
public class InputCheckTasklet implements Tasklet {

    private final ArticleStore store;
    private final long run;
    private final String input;

    public InputCheckTasklet(ArticleStore store, long run, String input) {
        this.store = store;
        this.run = run;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ArticleStore.RunCounts counts = store.countsOf(run);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
            .putInt("rejected", counts.rejected());
        if (counts.files() == 0) {
            throw new NoArticlesException("the input folder " + input + " holds no article files"
                + " (.txt .md .html .htm .json .jsonl); put the articles there or give --input=DIR");
        }
        if (counts.accepted() == 0) {
            throw new NoArticlesException("none of the " + counts.files() + " file(s) in " + input
                + " could be read as an article; the reasons are in the log above");
        }
        return RepeatStatus.FINISHED;
    }

    /** The run has nothing to analyse. */
    public static class NoArticlesException extends RuntimeException {
        public NoArticlesException(String message) {
            super(message);
        }
    }
}
