package org.entente.report.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One line when a step starts, so that the log (and the kill-and-restart test, which kills the job at moments
 * measured from these lines) shows which step a run was in when it stopped.
 */
public class StepStartLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepStartLog.class);

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("step {} started", stepExecution.getStepName());
    }
}
