package org.anxue.oversight.exports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.anxue.oversight.OversightClock;

/**
 * Every {@code anxue.oversight.exports.sweep-every} (default 1 hour): deletes the files of exports kept longer
 * than {@code anxue.oversight.exports.retention} and marks their jobs EXPIRED, and removes whatever a FAILED job
 * left in S3 ({@link ExportJobs#sweep}). Safe on several replicas: each job is taken with its row lock.
 */
@ApplicationScoped
class ExportSweeper {

    private final ExportJobs jobs;
    private final OversightClock clock;

    ExportSweeper(ExportJobs jobs, OversightClock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(every = "${anxue.oversight.exports.sweep-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        jobs.sweep(clock.now());
    }
}
