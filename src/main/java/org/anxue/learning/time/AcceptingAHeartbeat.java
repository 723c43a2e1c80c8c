package org.anxue.learning.time;

import static org.anxue.learning.time.TimelineInterval.formatSeconds;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Use case: judging one heartbeat of a playback session and crediting the study time it earned.
 *
 * <p>The rules, in the order they are applied (the package documentation states them for readers
 * outside the code):
 * <ol>
 * <li>A session that is not open earns nothing ({@link AnomalyKind#SESSION_NOT_ACTIVE}).</li>
 * <li>Sequence numbers: the last accepted number again is a replay, answered with the original
 *     outcome and credited nothing ({@link AnomalyKind#REPLAY}); a lower one is rejected
 *     ({@link AnomalyKind#OUT_OF_ORDER}); a higher one is judged, gaps in numbering allowed.</li>
 * <li>Ranges that are negative, inverted or not numbers ({@link AnomalyKind#INVALID_RANGE}), or end
 *     after the video ({@link AnomalyKind#RANGE_BEYOND_VIDEO}), are dropped.</li>
 * <li>Seek ahead: ranges are taken in timeline order from the reference point, the larger of the
 *     person's furthest covered point for the lesson and the session's playhead. A range starting
 *     at most the seek tolerance past the reference is continuous playback and moves the
 *     reference (and the playhead) to its end; a range starting further is a seek ahead and earns
 *     nothing ({@link AnomalyKind#SEEK_AHEAD}).</li>
 * <li>What may be credited is the part of the continuous ranges not yet covered.</li>
 * <li>While a checkpoint is pending nothing is credited ({@link AnomalyKind#CHECKPOINT_PENDING}).</li>
 * <li>Real time: the server time since the elapsed clock started (the previous accepted heartbeat,
 *     the opening, or the last correct checkpoint answer). Longer than the gap tolerance: nothing is
 *     credited ({@link AnomalyKind#GAP}). Otherwise at most that time, plus real time left unused
 *     by earlier heartbeats up to the jitter allowance, is credited; the excess is recorded
 *     ({@link AnomalyKind#FASTER_THAN_REAL_TIME}), and flagged as a tampered player when it beats
 *     the maximum playback rate ({@link AnomalyKind#PLAYBACK_RATE_EXCEEDED}).</li>
 * <li>The daily cap limits what is left ({@link AnomalyKind#DAILY_CAP}).</li>
 * <li>Partial credit: the earliest part, in timeline order, of the content that may be credited is
 *     credited and becomes covered; the rest stays uncovered and can be earned by watching it
 *     again.</li>
 * <li>When the session's credited time reaches the next checkpoint, a checkpoint is asked.</li>
 * </ol>
 * Every judged heartbeat moves the elapsed clock to its receipt; real time it leaves unused carries
 * to the next heartbeat up to the jitter allowance (none across a gap), so unused time is never
 * banked beyond that allowance and the credit of a session never exceeds the real time elapsed.
 */
public final class AcceptingAHeartbeat {

    private final StudyTimePolicy policy;
    private final DailyCreditLedger ledger;
    private final CheckpointSchedule schedule;

    public AcceptingAHeartbeat(StudyTimePolicy policy, DailyCreditLedger ledger, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.schedule = new CheckpointSchedule(policy, Objects.requireNonNull(random, "random"));
    }

    /**
     * Judges the heartbeat and, when it is accepted, records it on the session.
     *
     * @param session the session the heartbeat names
     * @param coverage what the session's person has covered of the session's lesson so far
     * @param report the heartbeat
     * @return the judgement; the caller adds {@link HeartbeatOutcome#newlyCovered()} to the coverage
     */
    public HeartbeatOutcome accept(PlaybackSession session, CoveredIntervals coverage, HeartbeatReport report) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(report, "report");

        if (!session.isOpen()) {
            return rejected(session, report, Anomaly.of(AnomalyKind.SESSION_NOT_ACTIVE, 0,
                    "session " + session.id() + " is " + session.state() + "; it earns nothing"));
        }
        if (report.sequence() == session.lastSequence() && session.lastOutcome().isPresent()) {
            HeartbeatOutcome original = session.lastOutcome().get();
            return new HeartbeatOutcome(session.id(), report.sequence(), report.receivedAt(), report.clientTime(),
                    HeartbeatDisposition.REPLAYED, 0, List.of(),
                    List.of(Anomaly.of(AnomalyKind.REPLAY, 0, "sequence " + report.sequence()
                            + " was already accepted at " + original.receivedAt() + " and credited "
                            + formatSeconds(original.creditedMillis()) + " s; nothing is credited again")),
                    session.pendingCheckpoint(), session.state(), Optional.of(original));
        }
        if (report.sequence() <= session.lastSequence()) {
            return rejected(session, report, Anomaly.of(AnomalyKind.OUT_OF_ORDER, 0, "sequence " + report.sequence()
                    + " is not after the last accepted sequence " + session.lastSequence()));
        }

        List<Anomaly> anomalies = new ArrayList<>();
        List<TimelineInterval> valid = validRanges(session, report, anomalies);

        // Seek ahead: continuous playback only, judged in timeline order from the reference point.
        long reference = Math.max(coverage.furthestCoveredPoint(), session.playheadMillis());
        long seekTolerance = policy.seekTolerance().toMillis();
        List<TimelineInterval> continuous = new ArrayList<>();
        for (TimelineInterval range : TimelineInterval.merge(valid)) {
            if (range.startMillis() > reference + seekTolerance) {
                anomalies.add(Anomaly.of(AnomalyKind.SEEK_AHEAD, range.lengthMillis(), "range " + range
                        + " starts past the furthest point reached, " + formatSeconds(reference) + " s, plus the "
                        + formatSeconds(seekTolerance) + " s seek tolerance; it earns nothing"));
            } else {
                continuous.add(range);
                reference = Math.max(reference, range.endMillis());
            }
        }
        List<TimelineInterval> creditable = coverage.uncoveredPartsOf(continuous);
        long creditableMillis = TimelineInterval.totalMillis(creditable);

        long elapsedMillis = Math.max(0, Duration.between(session.elapsedClockFrom(), report.receivedAt()).toMillis());
        boolean gap = elapsedMillis > policy.gapTolerance().toMillis();
        long available = gap ? 0 : elapsedMillis + session.carriedAllowanceMillis();
        long withinRealTime = 0;
        long creditedMillis = 0;
        boolean checkpointPending = session.pendingCheckpoint().isPresent();
        if (checkpointPending && !continuous.isEmpty()) {
            anomalies.add(Anomaly.of(AnomalyKind.CHECKPOINT_PENDING, creditableMillis, "played content reported while "
                    + "a checkpoint question is unanswered; " + formatSeconds(creditableMillis) + " s not credited"));
        }
        if (gap) {
            anomalies.add(Anomaly.of(AnomalyKind.GAP, elapsedMillis, formatSeconds(elapsedMillis)
                    + " s since the previous heartbeat is longer than the " + formatSeconds(policy.gapTolerance().toMillis())
                    + " s tolerance; the gap earns nothing"
                    + (creditableMillis > 0 ? " and " + formatSeconds(creditableMillis) + " s reported in it are not credited" : "")));
        } else if (!checkpointPending) {
            withinRealTime = Math.min(creditableMillis, available);
            if (creditableMillis > available) {
                anomalies.add(Anomaly.of(AnomalyKind.FASTER_THAN_REAL_TIME, creditableMillis - available,
                        formatSeconds(creditableMillis) + " s of new content reported in " + formatSeconds(available)
                                + " s of real time; " + formatSeconds(creditableMillis - available) + " s not credited"));
            }
            double rateLimit = elapsedMillis * policy.maxPlaybackRate() + policy.jitterAllowance().toMillis();
            if (creditableMillis > rateLimit) {
                anomalies.add(Anomaly.of(AnomalyKind.PLAYBACK_RATE_EXCEEDED, creditableMillis,
                        formatSeconds(creditableMillis) + " s of new content in " + formatSeconds(elapsedMillis)
                                + " s is faster than the player's maximum rate of " + policy.maxPlaybackRate() + "x"));
            }
            creditedMillis = withinDailyCap(session, report, withinRealTime, anomalies);
        }
        long carriedAllowance = Math.min(policy.jitterAllowance().toMillis(), available - withinRealTime);

        List<TimelineInterval> newlyCovered = TimelineInterval.earliest(creditable, creditedMillis);
        Optional<PendingCheckpoint> checkpoint = session.pendingCheckpoint();
        boolean askCheckpoint = checkpoint.isEmpty() && creditedMillis > 0
                && session.creditedMillis() + creditedMillis >= session.checkpointDueAtCreditedMillis();
        if (askCheckpoint) {
            checkpoint = Optional.of(new PendingCheckpoint(schedule.newNonce(), report.receivedAt(), 0));
        }
        HeartbeatOutcome outcome = new HeartbeatOutcome(session.id(), report.sequence(), report.receivedAt(),
                report.clientTime(), HeartbeatDisposition.ACCEPTED, creditedMillis, newlyCovered, anomalies,
                checkpoint, SessionState.OPEN, Optional.empty());
        session.recordHeartbeat(outcome, reference, carriedAllowance);
        if (askCheckpoint) {
            session.askCheckpoint(checkpoint.get());
        }
        return outcome;
    }

    /** Drops invalid ranges (recording why) and cuts ranges ending within the end tolerance. */
    private List<TimelineInterval> validRanges(PlaybackSession session, HeartbeatReport report, List<Anomaly> anomalies) {
        long duration = session.videoDurationMillis();
        long endTolerance = policy.videoEndTolerance().toMillis();
        List<TimelineInterval> valid = new ArrayList<>();
        for (ReportedRange reported : report.playedRanges()) {
            double start = reported.startSeconds();
            double end = reported.endSeconds();
            if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end < start) {
                anomalies.add(Anomaly.of(AnomalyKind.INVALID_RANGE, 0, "range [" + start + " s, " + end
                        + " s) is negative, inverted or not a number"));
                continue;
            }
            TimelineInterval range = TimelineInterval.ofSeconds(start, end);
            if (range.endMillis() > duration + endTolerance) {
                anomalies.add(Anomaly.of(AnomalyKind.RANGE_BEYOND_VIDEO, range.lengthMillis(), "range " + range
                        + " ends after the video's " + formatSeconds(duration) + " s"));
                continue;
            }
            valid.add(range.clampEndTo(duration));
        }
        return valid;
    }

    private long withinDailyCap(PlaybackSession session, HeartbeatReport report, long wanted, List<Anomaly> anomalies) {
        if (wanted == 0) {
            return 0;
        }
        LocalDate day = report.receivedAt().atZone(policy.studyDayZone()).toLocalDate();
        long already = ledger.creditedOn(session.person(), day).toMillis();
        long left = Math.max(0, policy.dailyCap().toMillis() - already);
        if (wanted > left) {
            anomalies.add(Anomaly.of(AnomalyKind.DAILY_CAP, wanted - left, "the daily cap of "
                    + formatSeconds(policy.dailyCap().toMillis()) + " s for " + day + " leaves "
                    + formatSeconds(left) + " s; " + formatSeconds(wanted - left) + " s not credited"));
            return left;
        }
        return wanted;
    }

    private static HeartbeatOutcome rejected(PlaybackSession session, HeartbeatReport report, Anomaly anomaly) {
        return new HeartbeatOutcome(session.id(), report.sequence(), report.receivedAt(), report.clientTime(),
                HeartbeatDisposition.REJECTED, 0, List.of(), List.of(anomaly), session.pendingCheckpoint(),
                session.state(), Optional.empty());
    }
}
