package org.anxue.learning.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The application layer in miniature, for tests: keeps sessions, coverage and the daily ledger in
 * memory and applies each use case's outcome the way a repository would.
 */
final class StudyDesk {

    /** 09:00 in Shanghai on a Monday. */
    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    static final PersonId ALICE = new PersonId("alice");
    static final PersonId BOB = new PersonId("bob");
    static final LessonId LESSON = new LessonId("fire-safety-1");
    static final LessonId OTHER_LESSON = new LessonId("fire-safety-2");
    static final long TWENTY_MINUTES = 20 * 60 * 1000;

    private record Key(PersonId person, LessonId lesson) {
    }

    final StudyTimePolicy policy;
    final InMemoryDailyCreditLedger ledger = new InMemoryDailyCreditLedger();
    private final OpeningASession opening;
    private final AcceptingAHeartbeat accepting;
    private final AnsweringACheckpoint answering;
    private final ClosingASession closing = new ClosingASession();
    private final Map<Key, CoveredIntervals> coverage = new HashMap<>();
    private final Map<PersonId, PlaybackSession> latestSession = new HashMap<>();
    private final Map<PersonId, Long> creditedMillis = new HashMap<>();
    private final List<HeartbeatOutcome> outcomes = new ArrayList<>();

    StudyDesk(StudyTimePolicy policy, long seed) {
        this.policy = policy;
        SplittableRandom random = new SplittableRandom(seed);
        this.opening = new OpeningASession(policy, random);
        this.accepting = new AcceptingAHeartbeat(policy, ledger, random);
        this.answering = new AnsweringACheckpoint(policy, random);
    }

    /** Default policy, except that checkpoints come so rarely that rules about time can be tested alone. */
    static StudyDesk withoutCheckpoints() {
        return new StudyDesk(StudyTimePolicy.defaults().withCheckpointMeanInterval(Duration.ofDays(100)), 1);
    }

    static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    static ReportedRange range(double startSeconds, double endSeconds) {
        return new ReportedRange(startSeconds, endSeconds);
    }

    PlaybackSession open(PersonId person, LessonId lesson, long durationMillis, Instant at) {
        SessionOpened opened = opening.open(person, lesson, durationMillis, at, Optional.ofNullable(latestSession.get(person)));
        latestSession.put(person, opened.opened());
        return opened.opened();
    }

    PlaybackSession open(Instant at) {
        return open(ALICE, LESSON, TWENTY_MINUTES, at);
    }

    HeartbeatOutcome heartbeat(PlaybackSession session, long sequence, Instant receivedAt, ReportedRange... ranges) {
        return heartbeat(session, sequence, receivedAt, receivedAt, ranges);
    }

    HeartbeatOutcome heartbeat(PlaybackSession session, long sequence, Instant receivedAt, Instant clientTime,
            ReportedRange... ranges) {
        return heartbeat(session, new HeartbeatReport(sequence, Arrays.asList(ranges), clientTime, receivedAt));
    }

    HeartbeatOutcome heartbeat(PlaybackSession session, HeartbeatReport report) {
        Key key = new Key(session.person(), session.lesson());
        HeartbeatOutcome outcome = accepting.accept(session, coverage(session.person(), session.lesson()), report);
        coverage.put(key, coverage(session.person(), session.lesson()).addAll(outcome.newlyCovered()));
        ledger.record(session.person(), report.receivedAt().atZone(policy.studyDayZone()).toLocalDate(),
                outcome.creditedMillis());
        creditedMillis.merge(session.person(), outcome.creditedMillis(), Long::sum);
        outcomes.add(outcome);
        return outcome;
    }

    CheckpointOutcome answer(PlaybackSession session, String nonce, boolean correct, Instant at) {
        return answering.answer(session, new CheckpointAnswer(nonce, correct, at));
    }

    SessionClosed close(PlaybackSession session, Instant at) {
        return closing.close(session, at);
    }

    CoveredIntervals coverage(PersonId person, LessonId lesson) {
        return coverage.getOrDefault(new Key(person, lesson), CoveredIntervals.empty());
    }

    CoveredIntervals coverage() {
        return coverage(ALICE, LESSON);
    }

    LessonProgress progress(PersonId person, LessonId lesson, long durationMillis) {
        return new CheckingLessonCompletion(policy).progressOf(coverage(person, lesson), durationMillis);
    }

    long creditedMillis(PersonId person) {
        return creditedMillis.getOrDefault(person, 0L);
    }

    double creditedSeconds(PersonId person) {
        return creditedMillis(person) / 1000.0;
    }

    List<HeartbeatOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    long anomalies(AnomalyKind kind) {
        return outcomes.stream().flatMap(outcome -> outcome.anomalies().stream()).filter(a -> a.kind() == kind).count();
    }
}
