package org.entente.report.run;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import org.entente.report.cli.RunOptions;
import org.entente.report.job.MonthlyBriefingJobConfiguration;
import org.entente.report.job.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly job the way an operator expects: the same command after a failure restarts
 * the failed run where it stopped; after a success it starts a new run (Spring Batch would refuse
 * to run a completed instance again) that recomputes and gives the same outputs.
 */
@Component
public class MonthlyRunLauncher {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRunLauncher.class);
    private static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;

    public MonthlyRunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job monthlyBriefingJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = monthlyBriefingJob;
    }

    /** Runs the job to its end; the caller holds the store lock. */
    public JobExecution run(RunOptions options) throws Exception {
        JobParameters wanted = RunParameters.withRun(options, 0);
        JobInstance last = jobRepository.getLastJobInstance(MonthlyBriefingJobConfiguration.JOB_NAME);
        long run = 1;
        if (last != null) {
            JobExecution lastExecution = jobRepository.getLastJobExecution(last);
            long lastRun = Objects.requireNonNullElse(lastExecution.getJobParameters().getLong(RunParameters.RUN), 0L);
            if (UNFINISHED.contains(lastExecution.getStatus())) {
                // We hold the lock, so no process is running it: it died (kill -9, power cut).
                markFailed(lastExecution);
            }
            boolean sameWork = sameWork(lastExecution.getJobParameters(), wanted);
            if (sameWork && lastExecution.getStatus() != BatchStatus.COMPLETED && lastExecution.getStatus() != BatchStatus.ABANDONED) {
                log.info("run {} did not finish ({}): restarting it", lastRun, lastExecution.getStatus());
                run = lastRun;
            } else {
                run = lastRun + 1;
            }
        }
        JobParameters parameters = RunParameters.withRun(options, run);
        log.info("run {}: articles from {}, outputs to {}", run, options.input(), options.output());
        return jobOperator.start(job, parameters);
    }

    private void markFailed(JobExecution execution) {
        log.warn("run {} was interrupted without finishing; marking it failed so that it can be restarted",
            execution.getJobParameters().getLong(RunParameters.RUN));
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (UNFINISHED.contains(step.getStatus())) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted"));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted"));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    /** Whether two runs do the same work: every parameter but the run number is equal. */
    static boolean sameWork(JobParameters previous, JobParameters wanted) {
        for (var parameter : wanted) {
            if (parameter.name().equals(RunParameters.RUN)) {
                continue;
            }
            var earlier = previous.getParameter(parameter.name());
            if (earlier == null || !Objects.equals(earlier.value(), parameter.value())) {
                return false;
            }
        }
        return true;
    }
}
