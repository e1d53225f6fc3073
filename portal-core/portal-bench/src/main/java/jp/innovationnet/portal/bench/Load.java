package jp.innovationnet.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Closed-loop load: a number of clients, each sending its next request as soon as the last one answered. */
final class Load {

    /**
     * What one client does per request.
     */
    @FunctionalInterface
    interface Client {
        /**
         * @param worker the client's number, from 0
         * @return whether the request succeeded
         * @throws Exception when it failed
         */
        boolean request(int worker) throws Exception;
    }

    /**
     * What one timed run measured.
     *
     * @param requests  completed requests
     * @param errors    responses other than 200, or failures
     * @param seconds   the run's length
     * @param histogram latencies in microseconds
     */
    record Result(long requests, long errors, double seconds, Histogram histogram) {

        double throughput() {
            return requests / seconds;
        }

        /** @param label what was measured @return one line: throughput, p50/p90/p99/max, counts */
        String line(String label) {
            Histogram h = histogram;
            return String.format(Locale.ROOT,
                    "%-48s %9.1f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d requests, %d errors)",
                    label, throughput(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, requests, errors);
        }
    }

    private Load() {
    }

    /**
     * @param clients how many clients
     * @param seconds how long
     * @param client  what each does per request
     * @return what was measured
     */
    static Result run(int clients, int seconds, Client client) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int worker = i;
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        try {
                            if (!client.request(worker)) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - begin) / 1_000));
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(requests.get(), errors.get(), elapsed, recorder.getIntervalHistogram());
    }

    /** Prints the ratios of a measurement to the baseline: p50, p99 and throughput. */
    static void ratio(String label, Load.Result measured, Load.Result baseline) {
        System.out.printf(Locale.ROOT, "%s/baseline: p50 %.2fx, p99 %.2fx, throughput %.3fx%n", label,
                (double) measured.histogram().getValueAtPercentile(50) / baseline.histogram().getValueAtPercentile(50),
                (double) measured.histogram().getValueAtPercentile(99) / baseline.histogram().getValueAtPercentile(99),
                measured.throughput() / baseline.throughput());
    }

    /** Runs {@code count} tasks on {@code clients} threads; fails on the first task that fails. */
    static void parallel(int count, int clients, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        task.run(n);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
    }

    /** One seeding step. */
    @FunctionalInterface
    interface Task {
        void run(int n) throws Exception;
    }

    /** @return the machine's load average over 1, 5 and 15 minutes (it may be shared) */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
