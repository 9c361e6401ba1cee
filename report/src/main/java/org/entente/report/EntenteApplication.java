package org.entente.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.entente.report.cli.OptionException;
import org.entente.report.cli.OptionHelp;
import org.entente.report.cli.RunOptions;
import org.entente.report.corrections.CorrectionsFile;
import org.entente.report.run.MonthlyRunLauncher;
import org.entente.report.run.MonthlySchedule;
import org.entente.report.run.StoreLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The command line: checks the options before anything starts (exit 2 on a bad one), takes the
 * store's lock, runs the monthly job and exits 0 when it completed, 1 when it did not.
 */
@SpringBootApplication
public class EntenteApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the schedule until the process is stopped (SIGTERM or Ctrl-C), holding the store's lock
     * all along so that a run started by hand meanwhile is refused rather than interleaved.
     */
    private static int keepScheduling(ConfigurableApplicationContext context, RunOptions options) throws InterruptedException {
        MonthlySchedule schedule = new MonthlySchedule(context.getBean(MonthlyRunLauncher.class),
            context.getBean(JobRepository.class), options, Clock.systemDefaultZone());
        ThreadPoolTaskScheduler scheduler = schedule.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Runs like {@link #main} but returns the exit code instead of ending the JVM. */
    public static int run(String[] args) {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (OptionException e) {
            System.err.println("entente: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.print(OptionHelp.text());
            return 0;
        }
        try {
            CorrectionsFile.read(options.input());
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("entente: " + e.getMessage());
            return 2;
        }
        Path store = options.output().resolve(".entente");
        try (StoreLock lock = StoreLock.acquire(store);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(EntenteApplication.class)
                 .properties(Map.of("entente.output", options.output().toString()))
                 .run(options.springArguments().toArray(String[]::new))) {
            if (options.schedule() != null) {
                return keepScheduling(context, options);
            }
            JobExecution execution = context.getBean(MonthlyRunLauncher.class).run(options);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return 0;
            }
            System.err.println("entente: the run did not complete (" + execution.getStatus() + "): "
                + execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse("see the log")
                + ". Fix the cause and run the same command again: it restarts where it stopped.");
            return 1;
        } catch (Exception e) {
            System.err.println("entente: " + e.getMessage());
            return 1;
        }
    }
}
