package org.anxue.learning.playback;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.anxue.learning.time.AcceptingAHeartbeat;
import org.anxue.learning.time.Anomaly;
import org.anxue.learning.time.AnomalyKind;
import org.anxue.learning.time.AnsweringACheckpoint;
import org.anxue.learning.time.CheckpointAnswer;
import org.anxue.learning.time.CheckpointDisposition;
import org.anxue.learning.time.CheckpointOutcome;
import org.anxue.learning.time.ClosingASession;
import org.anxue.learning.time.HeartbeatDisposition;
import org.anxue.learning.time.HeartbeatOutcome;
import org.anxue.learning.time.PlaybackSession;
import org.anxue.learning.time.SessionClosed;
import org.anxue.learning.time.StudyTimePolicy;

/**
 * Judges a batch of commands with the study-time model and writes everything they produced in the
 * caller's transaction. Not thread-safe: one per writer thread.
 *
 * <ol>
 * <li>Locks the batch's session rows (in id order) and reads their versions. A cached session
 *     whose version differs (another replica, or the opening of a newer session, changed it) is
 *     reloaded, as is one not cached; the lock keeps it current until commit. A command whose
 *     person's worker account is no longer active is refused (nothing is recorded).</li>
 * <li>A heartbeat whose (session, sequence) was already stored is answered with the stored outcome
 *     and recorded as a REPLAY anomaly; it credits nothing. Everything else goes to the model.</li>
 * <li>All rows are written with one statement per table, and each session row once, guarded by
 *     its version.</li>
 * </ol>
 */
final class BatchProcessor {

    /** The results of a committed batch, in command order. */
    record Committed(List<IngestResult> results, Map<UUID, CachedSession> sessions) {
    }

    private final PlaybackRepository repository;
    private final StudyTimePolicy policy;
    private final BatchLedger ledger;
    private final AcceptingAHeartbeat accepting;
    private final AnsweringACheckpoint answering;
    private final ClosingASession closing = new ClosingASession();

    BatchProcessor(PlaybackRepository repository, StudyTimePolicy policy, RandomGenerator random) {
        this.repository = repository;
        this.policy = policy;
        this.ledger = new BatchLedger(repository);
        this.accepting = new AcceptingAHeartbeat(policy, ledger, random);
        this.answering = new AnsweringACheckpoint(policy, random);
    }

    /**
     * Judges and writes the commands, then commits. The sessions taken from {@code cache} go back
     * only after the commit; on any failure they are dropped (the caller rolls back).
     *
     * @param now server time, for the study day of sessions loaded now
     */
    Committed process(Connection db, List<? extends IngestCommand> commands, SessionCache cache, Instant now)
            throws SQLException {
        Set<UUID> ids = new TreeSet<>();
        for (IngestCommand command : commands) {
            ids.add(command.sessionId());
        }
        Map<UUID, PlaybackRepository.Locked> locked = repository.lock(db, ids);
        Map<UUID, CachedSession> working = new LinkedHashMap<>();
        List<UUID> toLoad = new ArrayList<>();
        for (UUID id : ids) {
            CachedSession cached = cache.take(id);
            PlaybackRepository.Locked row = locked.get(id);
            if (row == null) {
                continue;
            }
            if (cached != null && cached.version == row.version()) {
                working.put(id, cached);
            } else {
                toLoad.add(id);
            }
        }
        working.putAll(repository.load(db, toLoad, now.atZone(policy.studyDayZone()).toLocalDate()));

        Map<StoredHeartbeat.Key, StoredHeartbeat> stored = new HashMap<>(
                repository.findStored(db, repeatsToLookUp(commands, working)));
        Writes writes = new Writes();
        Set<UUID> changed = new LinkedHashSet<>();
        List<IngestResult> results = new ArrayList<>(commands.size());
        for (IngestCommand command : commands) {
            CachedSession session = working.get(command.sessionId());
            if (session == null || session.personId != command.personId()) {
                results.add(new IngestResult.SessionNotFound());
                continue;
            }
            if (!locked.get(command.sessionId()).accountActive()) {
                results.add(new IngestResult.AccountNotActive());
                continue;
            }
            ledger.judging(db, session);
            if (command instanceof IngestCommand.Heartbeat heartbeat) {
                results.add(heartbeat(session, heartbeat, stored, writes, changed));
            } else if (command instanceof IngestCommand.Answer answer) {
                results.add(answer(session, answer, writes, changed));
            } else {
                results.add(close(session, (IngestCommand.Close) command, changed));
            }
        }
        for (UUID id : changed) {
            writes.session(working.get(id).session.snapshot(), locked.get(id).version());
        }
        repository.write(db, writes);
        db.commit();

        long touched = System.nanoTime();
        for (CachedSession session : working.values()) {
            UUID id = session.session.id().value();
            session.version = locked.get(id).version() + (changed.contains(id) ? 1 : 0);
            session.touchedNanos = touched;
            cache.put(session);
        }
        return new Committed(results, working);
    }

    /**
     * Heartbeats that may repeat a stored sequence other than the last accepted one (which the
     * cached session holds): their stored outcomes are read in one query.
     */
    private static Set<StoredHeartbeat.Key> repeatsToLookUp(List<? extends IngestCommand> commands,
            Map<UUID, CachedSession> sessions) {
        Set<StoredHeartbeat.Key> keys = new LinkedHashSet<>();
        for (IngestCommand command : commands) {
            if (command instanceof IngestCommand.Heartbeat heartbeat) {
                CachedSession session = sessions.get(heartbeat.sessionId());
                long sequence = heartbeat.report().sequence();
                if (session != null && sequence <= session.maxStoredSequence
                        && (session.last == null || session.last.sequence() != sequence)) {
                    keys.add(new StoredHeartbeat.Key(heartbeat.sessionId(), sequence));
                }
            }
        }
        return keys;
    }

    private IngestResult heartbeat(CachedSession cached, IngestCommand.Heartbeat command,
            Map<StoredHeartbeat.Key, StoredHeartbeat> stored, Writes writes, Set<UUID> changed) {
        PlaybackSession session = cached.session;
        UUID id = command.sessionId();
        long sequence = command.report().sequence();
        Instant receivedAt = command.report().receivedAt();
        StoredHeartbeat.Key key = new StoredHeartbeat.Key(id, sequence);
        StoredHeartbeat earlier = cached.last != null && cached.last.sequence() == sequence ? cached.last : stored.get(key);
        if (earlier != null) {
            writes.anomalies.add(new Writes.AnomalyRow(id, cached.personId, sequence, Writes.Origin.REPEATED,
                    new Anomaly(AnomalyKind.REPLAY, 0, "sequence " + sequence + " was already received at "
                            + earlier.receivedAt() + " (" + earlier.disposition() + ", " + earlier.creditedMillis()
                            + " ms credited); its stored outcome is answered again and nothing more is credited"),
                    receivedAt));
            return new IngestResult.HeartbeatAnswered(earlier, true, cached.courseId, session.videoDurationMillis());
        }

        HeartbeatOutcome outcome = accepting.accept(session, cached.coverage, command.report());
        if (outcome.disposition() == HeartbeatDisposition.REPLAYED) {
            throw new IllegalStateException("sequence " + sequence + " of " + id + " should have been answered as stored");
        }
        if (outcome.creditedMillis() > 0) {
            LocalDate day = receivedAt.atZone(policy.studyDayZone()).toLocalDate();
            ledger.credited(day);
            cached.addCredit(day, outcome.creditedMillis());
            cached.coverage = cached.coverage.addAll(outcome.newlyCovered());
            writes.covered(cached.personId, cached.lessonId, outcome.newlyCovered(), cached.coverage.coveredMillis());
            writes.credited(cached.personId, day, outcome.creditedMillis());
        }
        StoredHeartbeat answered = new StoredHeartbeat(id, sequence, receivedAt, outcome.disposition(),
                outcome.creditedMillis(), session.creditedMillis(), cached.coverage.coveredMillis(),
                outcome.anomalies().stream().map(Anomaly::kind).toList(), outcome.pendingCheckpoint().orElse(null),
                outcome.sessionState());
        writes.heartbeats.add(new Writes.HeartbeatRow(answered, command.report().clientTime().orElse(null),
                command.event(), command.reportedRangesJson(), outcome.newlyCovered()));
        for (Anomaly anomaly : outcome.anomalies()) {
            writes.anomalies.add(new Writes.AnomalyRow(id, cached.personId, sequence, Writes.Origin.JUDGED, anomaly,
                    receivedAt));
        }
        if (outcome.disposition() == HeartbeatDisposition.ACCEPTED) {
            cached.last = answered;
            changed.add(id);
        }
        cached.maxStoredSequence = Math.max(cached.maxStoredSequence, sequence);
        stored.put(key, answered);
        return new IngestResult.HeartbeatAnswered(answered, false, cached.courseId, session.videoDurationMillis());
    }

    private IngestResult answer(CachedSession cached, IngestCommand.Answer command, Writes writes, Set<UUID> changed) {
        UUID id = command.sessionId();
        CheckpointOutcome outcome = answering.answer(cached.session,
                new CheckpointAnswer(command.nonce(), command.correct(), command.receivedAt()));
        writes.answers.add(new Writes.AnswerRow(id, command.receivedAt(), command.nonce(), command.answer(),
                command.correct(), outcome.disposition().name()));
        for (Anomaly anomaly : outcome.anomalies()) {
            writes.anomalies.add(new Writes.AnomalyRow(id, cached.personId, null, Writes.Origin.ANSWER, anomaly,
                    command.receivedAt()));
        }
        if (outcome.disposition() != CheckpointDisposition.REJECTED) {
            changed.add(id);
        }
        return new IngestResult.CheckpointAnswered(outcome, cached.courseId);
    }

    private IngestResult close(CachedSession cached, IngestCommand.Close command, Set<UUID> changed) {
        SessionClosed closed = closing.close(cached.session, command.at());
        if (closed.endedNow()) {
            changed.add(command.sessionId());
        }
        return new IngestResult.Closed(closed);
    }
}
