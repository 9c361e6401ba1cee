package org.entente.report.run;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.entente.report.cli.RunOptions;
import org.entente.report.job.MonthlyBriefingJobConfiguration;
import org.entente.report.job.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The unattended monthly run: at each cron tick, the briefing of the month just ended. A month
 * that already completed is skipped with a log line (an operator restarting the scheduler must
 * not regenerate a briefing readers already have) unless --rerun is given.
 */
public class MonthlySchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlySchedule.class);

    private final MonthlyRunLauncher launcher;
    private final JobRepository jobRepository;
    private final RunOptions options;
    private final Clock clock;

    public MonthlySchedule(MonthlyRunLauncher launcher, JobRepository jobRepository, RunOptions options, Clock clock) {
        this.launcher = launcher;
        this.jobRepository = jobRepository;
        this.options = options;
        this.clock = clock;
    }

    /** Starts the cron trigger on a scheduler thread; the caller keeps the process alive. */
    public ThreadPoolTaskScheduler start() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.initialize();
        CronTrigger trigger = new CronTrigger(options.schedule().cron());
        scheduler.schedule(this::tick, trigger);
        log.info("scheduled: cron '{}'; each run briefs the month just ended{}", options.schedule().cron(),
            options.schedule().rerun() ? ", running completed months again (--rerun)" : "");
        return scheduler;
    }

    private void tick() {
        try {
            runForMonthJustEnded();
        } catch (Exception e) {
            // The schedule goes on: next month's run may well succeed, and this one can be
            // restarted by hand with the same options and --month.
            log.error("the scheduled run failed: {}", e.getMessage(), e);
        }
    }

    /** Runs the briefing of the month before today's, unless it already completed. */
    public Optional<JobExecution> runForMonthJustEnded() throws Exception {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        RunOptions monthly = options.forMonth(month);
        if (!options.schedule().rerun() && completed(monthly)) {
            log.info("{} already completed: skipped (give --rerun to run it again)", month);
            return Optional.empty();
        }
        log.info("scheduled run for {}", month);
        JobExecution execution = launcher.run(monthly);
        log.info("scheduled run for {} ended: {}", month, execution.getStatus());
        return Optional.of(execution);
    }

    private boolean completed(RunOptions monthly) {
        var wanted = RunParameters.withRun(monthly, 0);
        for (JobInstance instance : jobRepository.findJobInstances(MonthlyBriefingJobConfiguration.JOB_NAME)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED
                && MonthlyRunLauncher.sameWork(last.getJobParameters(), wanted)) {
                return true;
            }
        }
        return false;
    }
}
