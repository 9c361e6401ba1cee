package org.entente.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/**
 * The step executions of the job's last run, read from the job repository in its embedded SQLite store
 * ({@code <output>/.entente/entente.db}) after the job has exited. Spring Batch records each step's
 * start, end and item counts there, which is more exact than reading them back from the log.
 */
final class StepTimes {

    /** One step of the run; times in epoch milliseconds of this machine's clock. */
    record Step(String name, String status, long startMillis, long endMillis, long read, long written, long skipped) {

        double seconds() {
            return (endMillis - startMillis) / 1000.0;
        }
    }

    /** The run as a whole, and its steps in execution order. */
    record Run(String status, long startMillis, long endMillis, List<Step> steps) {
    }

    private StepTimes() {
    }

    static Run read(Path output) throws SQLException {
        String url = "jdbc:sqlite:" + output.resolve(".entente").resolve("entente.db").toAbsolutePath() + "?open_mode=1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            long job;
            String status;
            long start;
            long end;
            try (ResultSet r = s.executeQuery("select JOB_EXECUTION_ID, STATUS, START_TIME, END_TIME from BATCH_JOB_EXECUTION "
                + "order by JOB_EXECUTION_ID desc limit 1")) {
                if (!r.next()) {
                    throw new SQLException("the job repository holds no run");
                }
                job = r.getLong(1);
                status = r.getString(2);
                start = millis(r.getTimestamp(3));
                end = millis(r.getTimestamp(4));
            }
            List<Step> steps = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT, "
                + "READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT from BATCH_STEP_EXECUTION where JOB_EXECUTION_ID = "
                + job + " order by STEP_EXECUTION_ID")) {
                while (r.next()) {
                    steps.add(new Step(r.getString(1), r.getString(2), millis(r.getTimestamp(3)),
                        millis(r.getTimestamp(4)), r.getLong(5), r.getLong(6), r.getLong(7)));
                }
            }
            return new Run(status, start, end, steps);
        }
    }

    private static long millis(java.sql.Timestamp time) {
        return time == null ? 0 : time.getTime();
    }
}
