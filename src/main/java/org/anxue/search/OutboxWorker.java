package org.anxue.search;

import javax.sql.DataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Applies {@code course_outbox} rows to the course index.
 *
 * <p>Each round takes the oldest pending rows with {@code FOR UPDATE SKIP LOCKED} (another replica
 * takes other rows), takes a per-course advisory lock (so two replicas never write the same course
 * at once: the one that waits reads the newer state), re-reads each course from PostgreSQL and
 * writes its document, or deletes it when the course is no longer published, into the index the
 * alias points at and into the index of a running rebuild. A row is marked applied in the same
 * transaction, after Elasticsearch acknowledged the write; if Elasticsearch does not answer the
 * transaction rolls back and every row waits for the next round (with a growing pause, up to
 * {@code anxue.search.max-backoff}); a write Elasticsearch refuses is retried with backoff.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    /** The first key of the advisory locks the worker and the rebuild take per course. */
    static final int COURSE_LOCK = 7_301;

    private final DataSource dataSource;
    private final CourseIndex index;
    private final CourseDocuments documents;
    private final IndexRebuild rebuild;
    private final SearchConfig config;

    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile Duration pause = Duration.ZERO;
    private volatile String lastProblem;
    private volatile Instant lastPurge = Instant.EPOCH;
    private volatile boolean indexChecked;
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    OutboxWorker(DataSource dataSource, CourseIndex index, CourseDocuments documents, IndexRebuild rebuild,
                 SearchConfig config) {
        this.dataSource = dataSource;
        this.index = index;
        this.documents = documents;
        this.rebuild = rebuild;
        this.config = config;
    }

    @Scheduled(every = "${anxue.search.outbox-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.elasticsearchEnabled() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        if (!indexChecked) {
            try {
                rebuild.startIfNoIndex("startup");
                indexChecked = true;
            } catch (IOException | SQLException | RuntimeException e) {
                // Elasticsearch is not there yet: drain() below backs off
            }
        }
        drain(false);
    }

    /**
     * Applies what is waiting before a search, so that a search right after a change sees it: one
     * indexed query when nothing waits. Skipped while Elasticsearch is known to be away.
     */
    public void catchUp() {
        if (!config.elasticsearchEnabled() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        try {
            if (!hasPending()) {
                return;
            }
        } catch (SQLException e) {
            return;
        }
        drain(true);
    }

    private void drain(boolean wait) {
        try {
            if (!lock.tryLock(wait ? 2 : 0, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            while (applyBatch() >= config.outboxBatch()) {
                // a full batch: more may be waiting
            }
            pause = Duration.ZERO;
            lastProblem = null;
            purgeApplied();
        } catch (IOException | SQLException | RuntimeException e) {
            pause = pause.isZero() ? Duration.ofMillis(500) : pause.multipliedBy(2);
            if (pause.compareTo(config.maxBackoff()) > 0) {
                pause = config.maxBackoff();
            }
            pausedUntil = Instant.now().plus(pause);
            if (!String.valueOf(e.getMessage()).equals(lastProblem)) {
                LOG.warnf("search index not updated (outbox rows wait, next try in %s): %s", pause, e.getMessage());
            }
            lastProblem = String.valueOf(e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private boolean hasPending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select exists (select 1 from course_outbox where applied_at is null and next_attempt_at <= now())");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Runs one round now (tests and the rebuild call it); the number of rows taken. */
    public int applyBatch() throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int taken = applyBatch(connection);
                connection.commit();
                return taken;
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int applyBatch(Connection connection) throws IOException, SQLException {
        Map<Long, List<Long>> rowsByCourse = new LinkedHashMap<>();
        int taken = 0;
        try (PreparedStatement select = connection.prepareStatement("""
                select id, course_id from course_outbox
                where applied_at is null and next_attempt_at <= now()
                order by id limit ? for update skip locked""")) {
            select.setInt(1, config.outboxBatch());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rowsByCourse.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                    taken++;
                }
            }
        }
        if (taken == 0) {
            return 0;
        }
        Set<String> targets = targets(connection);
        if (targets.isEmpty()) {
            // No index yet (first start, or Elasticsearch lost its data): a rebuild creates one and
            // loads every course; the rows wait and are applied to it meanwhile.
            rebuild.startIfNoIndex("outbox worker");
            return 0;
        }
        List<Long> courses = new ArrayList<>();
        for (Long course : rowsByCourse.keySet()) {
            if (tryLockCourse(connection, course)) {
                courses.add(course);
            }
        }
        if (courses.isEmpty()) {
            return 0; // another replica is writing these courses; their rows wait for the next round
        }
        Map<Long, CourseDocument> docs = documents.load(connection, courses);
        List<CourseIndex.Write> writes = courses.stream().map(c -> new CourseIndex.Write(c, docs.get(c))).toList();
        Map<Long, String> failures = new HashMap<>();
        for (String target : targets) {
            index.bulk(target, writes, true).forEach(failures::putIfAbsent);
        }
        List<Long> applied = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (Long course : courses) {
            (failures.containsKey(course) ? refused : applied).addAll(rowsByCourse.get(course));
        }
        markApplied(connection, applied);
        for (Long course : courses) {
            if (failures.containsKey(course)) {
                markRefused(connection, rowsByCourse.get(course), failures.get(course));
            }
        }
        return taken;
    }

    /**
     * The alias (written through its name, so that a write never lands in an index the alias has
     * just left) and the index of a running rebuild.
     */
    private Set<String> targets(Connection connection) throws IOException, SQLException {
        Set<String> targets = new LinkedHashSet<>();
        if (index.aliasTarget().isPresent()) {
            targets.add(index.alias());
        }
        rebuild.runningIndex(connection).ifPresent(targets::add);
        return targets;
    }

    static boolean tryLockCourse(Connection connection, long course) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, COURSE_LOCK);
            lock.setInt(2, (int) (course % Integer.MAX_VALUE));
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void lockCourse(Connection connection, long course) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, COURSE_LOCK);
            lock.setInt(2, (int) (course % Integer.MAX_VALUE));
            lock.execute();
        }
    }

    private static void markApplied(Connection connection, List<Long> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update course_outbox set applied_at = clock_timestamp(), last_error = null where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", rows.toArray()));
            update.executeUpdate();
        }
    }

    private void markRefused(Connection connection, List<Long> rows, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update course_outbox set attempts = attempts + 1, last_error = ?,
                    next_attempt_at = clock_timestamp() + least(power(2, attempts) * interval '1 second', ? * interval '1 second')
                where id = any(?)""")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setLong(2, Math.max(1, config.maxBackoff().toSeconds()));
            update.setArray(3, connection.createArrayOf("bigint", rows.toArray()));
            update.executeUpdate();
        }
        LOG.warnf("Elasticsearch refused a course document (rows %s retry later): %s", rows, error);
    }

    private void purgeApplied() throws SQLException {
        if (Instant.now().isBefore(lastPurge.plus(Duration.ofHours(1)))) {
            return;
        }
        lastPurge = Instant.now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from course_outbox where applied_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, config.appliedRetention().toSeconds());
            delete.executeUpdate();
        }
    }

    /** Outbox rows not applied yet (the admin page shows it). */
    public long pending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from course_outbox where applied_at is null");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Why the last round failed; empty while the index follows. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }
}
