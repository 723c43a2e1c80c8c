package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A video player page talking to the {@link StudyDesk} over a jittery network, in simulated time:
 * it plays at a rate, sends a heartbeat every 15 s of playback with the ranges played since its
 * last acknowledged heartbeat, and pauses to answer checkpoint questions. Behaviours can be
 * switched to those of a cheat (fast playback, a skewed clock, ignoring questions, replaying old
 * heartbeats).
 *
 * <p>One-way network delays are uniform in [0, 4] s, i.e. 2 s ± 2 s of jitter; messages on the
 * page's connection arrive in the order they were sent.
 */
final class SimulatedPlayer {

    private static final double HEARTBEAT_SECONDS = 15;
    private static final double EPSILON = 1e-9;

    private final StudyDesk desk;
    private final PersonId person;
    private final LessonId lesson;
    private final long durationMillis;
    private final double durationSeconds;
    private final SplittableRandom network;
    private final SplittableRandom attacker;

    private double rate = 1.0;
    private Duration clockSkew = Duration.ZERO;
    private boolean answersCheckpoints = true;
    private boolean replaysOldHeartbeats;

    private PlaybackSession session;
    private double openedAt = Double.NaN;
    private double now;
    private double lastArrival;
    private double position;
    private double reportedUpTo;
    private double sinceLastBeat;
    private long sequence;
    private final List<ReportedRange> unacknowledged = new ArrayList<>();
    private final List<HeartbeatReport> sent = new ArrayList<>();
    private final List<PlaybackSession> sessions = new ArrayList<>();
    private int checkpointsAnswered;
    private double playingSeconds;
    private double creditedWhenFirstCheckpointWasIgnored = Double.NaN;

    SimulatedPlayer(StudyDesk desk, PersonId person, LessonId lesson, long durationMillis, long networkSeed) {
        this.desk = desk;
        this.person = person;
        this.lesson = lesson;
        this.durationMillis = durationMillis;
        this.durationSeconds = durationMillis / 1000.0;
        this.network = new SplittableRandom(networkSeed);
        this.attacker = new SplittableRandom(~networkSeed);
    }

    SimulatedPlayer atRate(double playbackRate) {
        this.rate = playbackRate;
        return this;
    }

    SimulatedPlayer withClockSkew(Duration skew) {
        this.clockSkew = skew;
        return this;
    }

    SimulatedPlayer ignoringCheckpoints() {
        this.answersCheckpoints = false;
        return this;
    }

    SimulatedPlayer replayingOldHeartbeats() {
        this.replaysOldHeartbeats = true;
        return this;
    }

    /** Opens a session at the given true time and resumes at the furthest covered point. */
    SimulatedPlayer openAt(double seconds) {
        now = Math.max(now, seconds);
        double arrival = arrive(now);
        session = desk.open(person, lesson, durationMillis, at(arrival));
        sessions.add(session);
        if (Double.isNaN(openedAt)) {
            openedAt = arrival;
        }
        now = arrival + delay();
        position = desk.coverage(person, lesson).furthestCoveredPoint() / 1000.0;
        reportedUpTo = position;
        unacknowledged.clear();
        sequence = 0;
        sinceLastBeat = 0;
        session.pendingCheckpoint().ifPresent(pending -> onCheckpoint(pending, now));
        return this;
    }

    /** Plays for the given true time, or until the video ends. */
    SimulatedPlayer playFor(double seconds) {
        double until = now + seconds;
        while (now < until - EPSILON && position < durationSeconds - EPSILON) {
            double toBeat = HEARTBEAT_SECONDS - sinceLastBeat;
            double toEnd = (durationSeconds - position) / rate;
            advance(Math.min(toBeat, Math.min(until - now, toEnd)));
            if (sinceLastBeat >= HEARTBEAT_SECONDS - EPSILON || position >= durationSeconds - EPSILON) {
                beat();
            }
        }
        return this;
    }

    SimulatedPlayer playToTheEnd() {
        return playFor(Double.MAX_VALUE / 4);
    }

    /**
     * Pauses for the given true time after a pause heartbeat. With {@code keepAlive} the page goes
     * on sending heartbeats while paused; without, it is silent (a hidden tab, a sleeping laptop).
     */
    SimulatedPlayer pauseFor(double seconds, boolean keepAlive) {
        beat();
        double until = now + seconds;
        if (keepAlive) {
            while (now + HEARTBEAT_SECONDS <= until) {
                now += HEARTBEAT_SECONDS;
                beat();
            }
        }
        now = until;
        sinceLastBeat = 0;
        return this;
    }

    /** Seeks (the seek sends a heartbeat, as the player page does). */
    SimulatedPlayer seekTo(double seconds) {
        collectPlayed();
        position = seconds;
        reportedUpTo = seconds;
        beat();
        return this;
    }

    /** Sends a last heartbeat and closes the session, as the page does on unload. */
    SimulatedPlayer close() {
        beat();
        desk.close(session, at(arrive(now)));
        return this;
    }

    private void advance(double seconds) {
        playingSeconds += seconds;
        now += seconds;
        position = Math.min(durationSeconds, position + seconds * rate);
        sinceLastBeat += seconds;
    }

    private void collectPlayed() {
        if (position > reportedUpTo + EPSILON) {
            unacknowledged.add(new ReportedRange(reportedUpTo, position));
            reportedUpTo = position;
        }
    }

    private void beat() {
        collectPlayed();
        double arrival = arrive(now);
        HeartbeatReport report = new HeartbeatReport(++sequence, List.copyOf(unacknowledged),
                at(now).plus(clockSkew), at(arrival));
        sent.add(report);
        HeartbeatOutcome outcome = desk.heartbeat(session, report);
        sinceLastBeat = 0;
        if (outcome.disposition() != HeartbeatDisposition.REJECTED) {
            unacknowledged.clear();
        }
        if (replaysOldHeartbeats) {
            HeartbeatReport old = sent.get(attacker.nextInt(sent.size()));
            desk.heartbeat(session, new HeartbeatReport(old.sequence(), old.playedRanges(), old.clientTime(),
                    at(arrival + attacker.nextDouble(0, 1))));
        }
        double response = arrival + delay();
        outcome.pendingCheckpoint().ifPresent(pending -> onCheckpoint(pending, response));
    }

    private void onCheckpoint(PendingCheckpoint pending, double responseArrives) {
        if (!answersCheckpoints) {
            if (Double.isNaN(creditedWhenFirstCheckpointWasIgnored)) {
                creditedWhenFirstCheckpointWasIgnored = desk.creditedSeconds(person);
            }
            return;
        }
        // The page plays on until the question arrives, then pauses while the person reads and answers.
        double untilQuestion = Math.max(0, responseArrives - now);
        playingSeconds += untilQuestion;
        now += untilQuestion;
        position = Math.min(durationSeconds, position + untilQuestion * rate);
        now += network.nextDouble(3, 20);
        CheckpointOutcome answered = desk.answer(session, pending.nonce(), true, at(arrive(now)));
        if (answered.disposition() == CheckpointDisposition.RESUMED) {
            checkpointsAnswered++;
        }
        now = lastArrival + delay();
        sinceLastBeat = 0;
    }

    /** When a message sent now reaches the server: after a random delay, and not before the previous one. */
    private double arrive(double sentAt) {
        lastArrival = Math.max(lastArrival, sentAt + delay());
        return lastArrival;
    }

    private double delay() {
        return network.nextDouble(0, 4);
    }

    double creditedSeconds() {
        return desk.creditedSeconds(person);
    }

    /**
     * True time from the first session's opening to the last message, plus the millisecond the
     * server's clock may gain by rounding.
     */
    double realSeconds() {
        return Math.max(now, lastArrival) - openedAt + 0.001;
    }

    /** True time spent playing the video (not paused, not answering questions). */
    double playingSeconds() {
        return playingSeconds;
    }

    double now() {
        return now;
    }

    PlaybackSession session() {
        return session;
    }

    List<PlaybackSession> sessions() {
        return List.copyOf(sessions);
    }

    int checkpointsAnswered() {
        return checkpointsAnswered;
    }

    double creditedWhenFirstCheckpointWasIgnored() {
        return creditedWhenFirstCheckpointWasIgnored;
    }

    LessonProgress progress() {
        return desk.progress(person, lesson, durationMillis);
    }
}
