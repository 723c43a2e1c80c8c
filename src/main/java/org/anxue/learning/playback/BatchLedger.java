package org.anxue.learning.playback;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import org.anxue.learning.time.DailyCreditLedger;
import org.anxue.learning.time.PersonId;

/**
 * The model's {@link DailyCreditLedger} during a batch: the person's credit per day as held with
 * the session being judged (committed credit plus what this batch added), loading a day from the
 * batch's connection the first time it is asked for.
 */
final class BatchLedger implements DailyCreditLedger {

    private final PlaybackRepository repository;
    private Connection db;
    private CachedSession current;

    BatchLedger(PlaybackRepository repository) {
        this.repository = repository;
    }

    void judging(Connection db, CachedSession session) {
        this.db = db;
        this.current = session;
    }

    @Override
    public Duration creditedOn(PersonId person, LocalDate day) {
        if (!person.value().equals(Long.toString(current.personId))) {
            throw new IllegalStateException("asked for " + person + " while judging a session of " + current.personId);
        }
        return Duration.ofMillis(credited(day));
    }

    /** The day's credit, loaded first if needed. */
    long credited(LocalDate day) {
        Long millis = current.creditedByDay.get(day);
        if (millis == null) {
            try {
                millis = repository.creditedOn(db, current.personId, day);
            } catch (SQLException e) {
                throw new DatabaseFailure(e);
            }
            current.creditedByDay.put(day, millis);
        }
        return millis;
    }

    /** A database error inside a callback that cannot throw {@link SQLException}. */
    static final class DatabaseFailure extends RuntimeException {
        DatabaseFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
