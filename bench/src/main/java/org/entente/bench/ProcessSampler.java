package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples a child process from /proc (Linux) while it runs: CPU time used and resident memory,
 * so that the end-to-end benchmark can say how many cores each step kept busy and how much memory
 * the whole JVM took, heap and all. Elsewhere it records nothing and the figures are left out.
 */
final class ProcessSampler implements Runnable {

    /** CPU seconds used by the process up to a moment. */
    record Sample(long epochMillis, double cpuSeconds) {
    }

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux we run on
    private static final long INTERVAL_MILLIS = 250;

    private final Process process;
    private final List<Sample> samples = new ArrayList<>();
    private volatile long peakRssKb;

    ProcessSampler(Process process) {
        this.process = process;
    }

    static Thread start(ProcessSampler sampler) {
        Thread thread = new Thread(sampler, "process-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        while (process.isAlive()) {
            try {
                String stat = Files.readString(proc.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                synchronized (samples) {
                    samples.add(new Sample(System.currentTimeMillis(), cpu));
                }
                for (String line : Files.readAllLines(proc.resolve("status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                Thread.sleep(INTERVAL_MILLIS);
            } catch (IOException | RuntimeException e) {
                return; // not Linux, or the process ended between two reads
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long peakRssKb() {
        return peakRssKb;
    }

    /** Average number of cores busy between two moments, or NaN when too few samples fall in it. */
    double coresBetween(long fromMillis, long toMillis) {
        Sample first = null;
        Sample last = null;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.epochMillis() >= fromMillis && first == null) {
                    first = s;
                }
                if (s.epochMillis() <= toMillis) {
                    last = s;
                }
            }
        }
        if (first == null || last == null || last.epochMillis() - first.epochMillis() < INTERVAL_MILLIS) {
            return Double.NaN;
        }
        return (last.cpuSeconds() - first.cpuSeconds()) / ((last.epochMillis() - first.epochMillis()) / 1000.0);
    }

    double totalCpuSeconds() {
        synchronized (samples) {
            return samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1).cpuSeconds();
        }
    }
}
