package org.anxue.learning.time;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every number the study-time rules depend on. {@link #defaults()} holds the values this project
 * starts with; a bureau may configure others (figures not confirmed by a regulation are marked ⚠).
 *
 * @param heartbeatInterval how often the player sends a heartbeat while open (also when paused)
 * @param gapTolerance longest silence between heartbeats that still counts as continuous
 *     study; a longer one earns nothing and restarts the elapsed-time clock
 * @param jitterAllowance at most this much real time left unused by one heartbeat may be used by
 *     the next, so that network jitter does not cost an honest viewer; never more in total than
 *     the real time elapsed
 * @param seekTolerance how far past the furthest point reached a played range may start and still
 *     count as continuous playback (a small skip); beyond that it is a seek ahead and earns nothing
 * @param videoEndTolerance a range ending up to this much after the video's duration is cut to the
 *     duration (players and probes round durations differently); further is an anomaly
 * @param dailyCap most study time credited to one person on one study day ⚠
 * @param studyDayZone time zone whose calendar days the daily cap counts
 * @param checkpointMeanInterval average credited study time between checkpoint questions; each
 *     distance is drawn uniformly between half and one and a half times this
 * @param maxWrongAnswers wrong answers to one checkpoint that terminate the session
 * @param completionThreshold covered share of a lesson's video that completes it
 * @param maxPlaybackRate fastest playback rate the player offers; credit is at most real time
 *     regardless, and reports faster than this are recorded as a tampered player
 */
public record StudyTimePolicy(
        Duration heartbeatInterval,
        Duration gapTolerance,
        Duration jitterAllowance,
        Duration seekTolerance,
        Duration videoEndTolerance,
        Duration dailyCap,
        ZoneId studyDayZone,
        Duration checkpointMeanInterval,
        int maxWrongAnswers,
        double completionThreshold,
        double maxPlaybackRate) {

    public StudyTimePolicy {
        requirePositive("heartbeatInterval", heartbeatInterval);
        requirePositive("gapTolerance", gapTolerance);
        requireNotNegative("jitterAllowance", jitterAllowance);
        requireNotNegative("seekTolerance", seekTolerance);
        requireNotNegative("videoEndTolerance", videoEndTolerance);
        requireNotNegative("dailyCap", dailyCap);
        Objects.requireNonNull(studyDayZone, "studyDayZone");
        requirePositive("checkpointMeanInterval", checkpointMeanInterval);
        if (gapTolerance.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("gapTolerance must be longer than heartbeatInterval: "
                    + gapTolerance + " <= " + heartbeatInterval);
        }
        if (maxWrongAnswers < 1) {
            throw new IllegalArgumentException("maxWrongAnswers must be at least 1: " + maxWrongAnswers);
        }
        if (!(completionThreshold > 0.0 && completionThreshold <= 1.0)) {
            throw new IllegalArgumentException("completionThreshold must be in (0, 1]: " + completionThreshold);
        }
        if (!(maxPlaybackRate >= 1.0) || Double.isInfinite(maxPlaybackRate)) {
            throw new IllegalArgumentException("maxPlaybackRate must be a finite rate of at least 1: " + maxPlaybackRate);
        }
    }

    /**
     * Heartbeat every 15 s, gap tolerance 45 s (three heartbeats), jitter allowance 5 s, seek
     * tolerance 10 s, video end tolerance 1 s, daily cap 8 h ⚠ in Asia/Shanghai days, a checkpoint
     * every 10 min of credited study on average, 3 wrong answers, completion at 95 % coverage,
     * playback up to 2x.
     */
    public static StudyTimePolicy defaults() {
        return new StudyTimePolicy(
                Duration.ofSeconds(15),
                Duration.ofSeconds(45),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                Duration.ofHours(8),
                ZoneId.of("Asia/Shanghai"),
                Duration.ofMinutes(10),
                3,
                0.95,
                2.0);
    }

    public StudyTimePolicy withGapTolerance(Duration value) {
        return new StudyTimePolicy(heartbeatInterval, value, jitterAllowance, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, maxWrongAnswers, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withJitterAllowance(Duration value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, value, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, maxWrongAnswers, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withSeekTolerance(Duration value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, value, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, maxWrongAnswers, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withDailyCap(Duration value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, seekTolerance, videoEndTolerance,
                value, studyDayZone, checkpointMeanInterval, maxWrongAnswers, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withCheckpointMeanInterval(Duration value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, value, maxWrongAnswers, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withMaxWrongAnswers(int value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, value, completionThreshold, maxPlaybackRate);
    }

    public StudyTimePolicy withCompletionThreshold(double value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, maxWrongAnswers, value, maxPlaybackRate);
    }

    public StudyTimePolicy withMaxPlaybackRate(double value) {
        return new StudyTimePolicy(heartbeatInterval, gapTolerance, jitterAllowance, seekTolerance, videoEndTolerance,
                dailyCap, studyDayZone, checkpointMeanInterval, maxWrongAnswers, completionThreshold, value);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }
}
