package org.entente.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.entente.report.cli.OptionException;
import org.entente.report.cli.OptionHelp;
import org.entente.report.cli.RunOptions;
import org.entente.report.corrections.CorrectionsFile;
import org.entente.report.run.FileProblem;
import org.entente.report.run.MonthlyRunLauncher;
import org.entente.report.run.MonthlySchedule;
import org.entente.report.run.StoreAside;
import org.entente.report.run.StoreLock;
import org.entente.report.run.StoreProblem;
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
            System.err.println("entente: " + FileProblem.explain(e, options.input(), options.output()).orElse(e.getMessage()));
            return 2;
        }
        if (options.rebuild() && options.springArguments().stream().anyMatch(a -> a.startsWith("--spring.datasource.url="))) {
            System.err.println("entente: --rebuild moves the embedded database aside; with --spring.datasource.url,"
                + " drop and recreate that database yourself (the run then rebuilds everything from the input folder)");
            return 2;
        }
        Path store = options.output().resolve(".entente");
        try (StoreLock lock = StoreLock.acquire(store);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(EntenteApplication.class)
                 .properties(Map.of("entente.output", options.output().toString()))
                 .run(rebuildFirst(options, store))) {
            if (options.schedule() != null) {
                return keepScheduling(context, options);
            }
            JobExecution execution = context.getBean(MonthlyRunLauncher.class).run(options);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return 0;
            }
            // the job's own failure (a partition handler's, say) may only wrap a step's: look at every one of them
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            Optional<String> storeProblem = execution.getAllFailureExceptions().stream()
                .map(t -> StoreProblem.explain(t, options.output())
                    .or(() -> FileProblem.explain(t, options.input(), options.output())))
                .flatMap(Optional::stream).findFirst();
            System.err.println("entente: " + storeProblem.orElseGet(() -> "the run did not complete ("
                + execution.getStatus() + "): " + (failure == null ? "see the log" : failure.getMessage())
                + ". Fix the cause and run the same command again: it restarts where it stopped."));
            return 1;
        } catch (Exception e) {
            System.err.println("entente: " + StoreProblem.explain(e, options.output())
                .or(() -> FileProblem.explain(e, options.input(), options.output())).orElse(e.getMessage()));
            return 1;
        }
    }

    /** With --rebuild, moves the store's database aside (under the lock, before anything opens it); the Spring arguments. */
    private static String[] rebuildFirst(RunOptions options, Path store) throws java.io.IOException {
        if (options.rebuild()) {
            Optional<Path> aside = StoreAside.moveAside(store);
            System.err.println("entente: --rebuild: " + aside.map(p -> "the old database was moved to " + p
                + " (delete it when you no longer need it); ").orElse("there was no database to move aside; ")
                + "rebuilding everything from " + options.input());
        }
        return options.springArguments().toArray(String[]::new);
    }
}
