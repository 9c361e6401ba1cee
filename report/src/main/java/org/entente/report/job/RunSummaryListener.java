package org.entente.report.job;

import java.time.Duration;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One paragraph at the end of a run: what was read, rejected and found, what was written, how long it took. */
public class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

    @Override
    public void afterJob(JobExecution execution) {
        long files = 0;
        long analysed = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            switch (step.getStepName()) {
                case "ingestStep" -> files = step.getReadCount();
                case "analyzeStep" -> {
                    analysed = step.getWriteCount();
                    skipped = step.getProcessSkipCount();
                }
                default -> { }
            }
        }
        var context = execution.getExecutionContext();
        Duration wall = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
            : Duration.between(execution.getStartTime(), execution.getEndTime());
        log.info("run {} {}: {} file(s) read, {} rejected, {} article(s) analysed ({} failed), {} event(s), {} month(s); "
                + "briefing month {}; wrote {}; wall time {} s",
            execution.getJobParameters().getLong(RunParameters.RUN), execution.getStatus().name().toLowerCase(),
            files, context.getInt("rejected", 0), analysed, skipped, context.getInt("events", 0),
            context.getInt("months", 0), context.getString("reportMonth", "-"), context.getString("outputs", "nothing"),
            String.format(java.util.Locale.ROOT, "%.1f", wall.toMillis() / 1000.0));
    }
}
