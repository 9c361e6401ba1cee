package org.entente.report.job;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far long work has got (done, left, rate) at most every few seconds, so an operator
 * watching a run of 100,000 articles knows it is alive and when it will end.
 */
public final class ProgressMeter {

    private static final Logger log = LoggerFactory.getLogger(ProgressMeter.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

    public ProgressMeter(String what, long total) {
        this.what = what;
        this.total = total;
    }

    public void advance(long count) {
        long now = System.nanoTime();
        long n = done.addAndGet(count);
        long last = lastLog.get();
        if (now - last >= INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
            double seconds = (now - start) / 1e9;
            log.info("{}: {} done, {} left, {} per second", what, n, Math.max(0, total - n),
                String.format(java.util.Locale.ROOT, "%.0f", n / seconds));
        }
    }

    public long total() {
        return total;
    }

    public long done() {
        return done.get();
    }

    public double ratePerSecond() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return seconds == 0 ? 0 : done.get() / seconds;
    }
}
