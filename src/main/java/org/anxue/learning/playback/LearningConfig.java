package org.anxue.learning.playback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import org.anxue.learning.time.StudyTimePolicy;

/**
 * Study-time settings. The first group maps one to one onto {@link StudyTimePolicy} (defaults are
 * {@link StudyTimePolicy#defaults()}); {@code ingest.*} tunes how heartbeats are written;
 * {@code bench.*} switches on what the benchmark and the process tests need.
 */
@ConfigMapping(prefix = "anxue.learning")
public interface LearningConfig {

    /** {@link StudyTimePolicy#heartbeatInterval()}: how often the player sends a heartbeat. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** {@link StudyTimePolicy#gapTolerance()}: longest silence between heartbeats that still earns. */
    @WithDefault("45s")
    Duration gapTolerance();

    /** {@link StudyTimePolicy#jitterAllowance()}: unused real time one heartbeat may pass to the next. */
    @WithDefault("5s")
    Duration jitterAllowance();

    /** {@link StudyTimePolicy#seekTolerance()}: a skip this small past the furthest point still counts. */
    @WithDefault("10s")
    Duration seekTolerance();

    /** {@link StudyTimePolicy#videoEndTolerance()}: ranges ending this little after the video are cut to it. */
    @WithDefault("1s")
    Duration videoEndTolerance();

    /** {@link StudyTimePolicy#dailyCap()}: most study time credited to one person per study day. */
    @WithDefault("8h")
    Duration dailyCap();

    /** {@link StudyTimePolicy#studyDayZone()}: the time zone whose days the daily cap counts. */
    @WithDefault("Asia/Shanghai")
    ZoneId studyDayZone();

    /** {@link StudyTimePolicy#checkpointMeanInterval()}: mean credited time between checkpoint questions. */
    @WithDefault("10m")
    Duration checkpointMeanInterval();

    /** {@link StudyTimePolicy#maxWrongAnswers()}: wrong answers to one checkpoint that end the session. */
    @WithDefault("3")
    int maxWrongAnswers();

    /** {@link StudyTimePolicy#completionThreshold()}: covered share of a video that completes a lesson. */
    @WithDefault("0.95")
    double completionThreshold();

    /** {@link StudyTimePolicy#maxPlaybackRate()}: fastest rate the player offers. */
    @WithDefault("2.0")
    double maxPlaybackRate();

    /**
     * Fastest playback rate the player page lets a learner choose. Credit never exceeds real time,
     * so playing faster than 1x only leaves parts of the video uncovered; the server does not rely
     * on this cap (see {@link #maxPlaybackRate()}, the rate beyond which a report is an anomaly).
     */
    @WithDefault("1.0")
    double playerMaxRate();

    /** How heartbeats are judged and written. */
    Ingest ingest();

    /** Benchmark support, off by default. */
    Bench bench();

    /** The policy these settings describe. */
    default StudyTimePolicy policy() {
        return new StudyTimePolicy(heartbeatInterval(), gapTolerance(), jitterAllowance(), seekTolerance(),
                videoEndTolerance(), dailyCap(), studyDayZone(), checkpointMeanInterval(), maxWrongAnswers(),
                completionThreshold(), maxPlaybackRate());
    }

    interface Ingest {

        /** group-commit (many heartbeats per transaction) or per-heartbeat (one transaction each, for comparison). */
        @WithDefault("group-commit")
        IngestMode mode();

        /** Writer threads; a session always goes to the same one, so its heartbeats are judged in order. */
        @WithDefault("2")
        int writers();

        /** Most commands (heartbeats, answers, closes) judged and committed in one transaction. */
        @WithDefault("500")
        int batchSize();

        /**
         * How long a writer waits for more commands after the first before it commits a smaller
         * batch; 0 commits at once (batches then form only while the previous one commits).
         */
        @WithDefault("2ms")
        Duration maxWait();

        /** Commands waiting per writer (or per-heartbeat pool) before requests are refused with 503. */
        @WithDefault("10000")
        int queueCapacity();

        /** The Retry-After a refused request is given. */
        @WithDefault("1s")
        Duration retryAfter();

        /** Writers of the per-heartbeat mode, each committing one command per transaction. */
        @WithDefault("16")
        int perHeartbeatWriters();

        /** An open session's state stays in a writer's memory this long after its last command. */
        @WithDefault("10m")
        Duration cacheIdle();

        /** Most sessions a writer keeps in memory; beyond that the least recently used are reloaded when needed. */
        @WithDefault("100000")
        int cacheSize();

        /** Most played ranges one heartbeat may report; more is refused with 400. */
        @WithDefault("200")
        int maxRanges();
    }

    interface Bench {

        /**
         * Serves {@code /api/bench/noop} and, until a catalog provides lessons, synthetic benchmark
         * lessons (ids 1 to 1,000,000, one hour each). For benchmarks and process tests only.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
