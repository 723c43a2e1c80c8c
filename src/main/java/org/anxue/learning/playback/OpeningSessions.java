package org.anxue.learning.playback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.anxue.learning.time.CoveredIntervals;
import org.anxue.learning.time.LessonId;
import org.anxue.learning.time.OpeningASession;
import org.anxue.learning.time.PersonId;
import org.anxue.learning.time.PlaybackSession;
import org.anxue.learning.time.SessionOpened;
import org.anxue.learning.time.StudyTimePolicy;
import org.anxue.web.AppException;

/**
 * Opens playback sessions: in one transaction, locks the person's latest session, lets
 * {@link OpeningASession} supersede it if open, stores both and reads the person's coverage of
 * the lesson. The superseded session may be cached by a writer on any replica; the version bump
 * makes that writer reload it (and find it superseded) on its next command.
 */
@ApplicationScoped
public class OpeningSessions {

    /** What the player needs to start. */
    public record Opened(PlaybackSession session, LessonVideo video, CoveredIntervals coverage,
            Optional<UUID> superseded) {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final PlaybackRepository repository = new PlaybackRepository();
    private OpeningASession opening;
    private StudyTimePolicy policy;

    @Inject
    DataSource dataSource;

    @Inject
    LessonDirectory lessons;

    @Inject
    ServerClock clock;

    @Inject
    void configure(LearningConfig config) {
        policy = config.policy();
        opening = new OpeningASession(policy, new SecureRandom());
    }

    /**
     * Opens a session of {@code lessonId} for the person; 404 when there is no such playable lesson,
     * 403 when the person is not enrolled in its course (and it is no free preview). The session and
     * coverage are kept under the lesson's canonical id ({@link LessonVideo#lessonId()}).
     */
    public Opened open(long personId, long lessonId) {
        LessonVideo video = lessons.find(lessonId)
                .orElseThrow(() -> new AppException(404, "learning:lessonNotFound", lessonId));
        if (!lessons.mayPlay(personId, lessonId)) {
            throw new AppException(403, "learning:notEnrolled");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(personId, video);
            } catch (SQLException e) {
                // Two opens of the same person raced for the one open session: the loser tries again.
                if (UNIQUE_VIOLATION.equals(e.getSQLState()) && attempt < 3) {
                    continue;
                }
                throw new IngestUnavailableException("the session could not be opened", e);
            }
        }
    }

    private Opened openOnce(long personId, LessonVideo video) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                Instant now = clock.now();
                Optional<UUID> latestId = repository.lockLatestSession(db, personId);
                Optional<CachedSession> latest = latestId.map(id -> {
                    try {
                        return repository.load(db, List.of(id), now.atZone(policy.studyDayZone()).toLocalDate()).get(id);
                    } catch (SQLException e) {
                        throw new BatchLedger.DatabaseFailure(e);
                    }
                });
                SessionOpened opened = opening.open(new PersonId(Long.toString(personId)),
                        new LessonId(Long.toString(video.lessonId())), video.durationMillis(), now,
                        latest.map(cached -> cached.session));
                if (opened.superseded().isPresent()) {
                    Writes writes = new Writes();
                    writes.session(opened.superseded().get().snapshot(), latest.get().version);
                    repository.write(db, writes);
                }
                repository.insertSession(db, opened.opened().snapshot(), video.courseId());
                CoveredIntervals coverage = repository.coverage(db, personId, video.lessonId());
                db.commit();
                return new Opened(opened.opened(), video, coverage,
                        opened.superseded().map(session -> session.id().value()));
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                if (e instanceof BatchLedger.DatabaseFailure failure) {
                    throw (SQLException) failure.getCause();
                }
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** The session's owner and course, for answering a checkpoint; empty when there is no such session. */
    Optional<PlaybackRepository.Owner> owner(UUID sessionId) {
        try (Connection db = dataSource.getConnection()) {
            return repository.owner(db, sessionId);
        } catch (SQLException e) {
            throw new IngestUnavailableException("the session could not be read", e);
        }
    }
}
