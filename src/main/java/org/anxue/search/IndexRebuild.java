package org.anxue.search;

import javax.sql.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * A full rebuild of the course index: a new index (with the synonym list as it is now) is loaded
 * from PostgreSQL in batches, then the alias switches to it in one atomic step and the old index
 * is deleted. Progress is kept in {@code search_rebuild}, so every replica can show it.
 *
 * <p>Nothing is lost while it runs: the outbox worker writes every change into the alias's index
 * and into the new one. A change whose outbox row the worker applied before the loader read that
 * course could still be overwritten by the loader's older read; so after loading, the rebuild
 * re-reads every course with an outbox row since shortly before it started, under the same
 * per-course lock as the worker, and writes it again. Then it switches the alias.
 */
@ApplicationScoped
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** A rebuild as the admin page and the API show it. */
    public record Progress(long id, String indexName, String status, int total, int done, String startedBy,
                           Instant startedAt, Instant finishedAt, String error) {

        public int percent() {
            if ("DONE".equals(status)) {
                return 100;
            }
            return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /** Another rebuild is running. */
    public static class AlreadyRunning extends Exception {
        AlreadyRunning() {
            super("a rebuild is already running");
        }
    }

    private final DataSource dataSource;
    private final CourseIndex index;
    private final CourseDocuments documents;
    private final SearchConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });

    IndexRebuild(DataSource dataSource, CourseIndex index, CourseDocuments documents, SearchConfig config) {
        this.dataSource = dataSource;
        this.index = index;
        this.documents = documents;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Starts a rebuild in the background; its progress row. */
    public Progress start(String startedBy) throws AlreadyRunning, IOException, SQLException {
        String name = index.alias() + "-" + SUFFIX.format(Instant.now());
        long id;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement stale = connection.prepareStatement("""
                    update search_rebuild set status = 'FAILED', finished_at = clock_timestamp(),
                        error = 'abandoned: no progress reported for too long'
                    where status = 'RUNNING' and heartbeat_at < clock_timestamp() - ? * interval '1 second'""")) {
                stale.setLong(1, config.rebuildStaleAfter().toSeconds());
                stale.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into search_rebuild (index_name, status, started_by) values (?, 'RUNNING', ?) returning id")) {
                insert.setString(1, name);
                insert.setString(2, startedBy.length() > 100 ? startedBy.substring(0, 100) : startedBy);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            } catch (SQLException e) {
                connection.rollback();
                if ("23505".equals(e.getSQLState())) {
                    throw new AlreadyRunning();
                }
                throw e;
            }
            try {
                index.create(name);
            } catch (IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.commit();
        }
        executor.submit(() -> run(id, name));
        return progress(id).orElseThrow();
    }

    /** Starts a rebuild when the alias is missing and none runs (first start, lost index). */
    void startIfNoIndex(String startedBy) throws IOException, SQLException {
        if (index.aliasTarget().isPresent()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (runningIndex(connection).isPresent()) {
                return;
            }
        }
        try {
            LOG.infof("no course index behind the alias %s: rebuilding it from PostgreSQL", index.alias());
            start(startedBy);
        } catch (AlreadyRunning e) {
            // another replica started one
        }
    }

    /** Rebuilds in the calling thread (the benchmark times it); the finished progress row. */
    public Progress runNow(String startedBy) throws AlreadyRunning, IOException, SQLException {
        String name = index.alias() + "-" + SUFFIX.format(Instant.now());
        long id;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into search_rebuild (index_name, status, started_by) values (?, 'RUNNING', ?) returning id")) {
            insert.setString(1, name);
            insert.setString(2, startedBy);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new AlreadyRunning();
                }
                throw e;
            }
        }
        index.create(name);
        run(id, name);
        return progress(id).orElseThrow();
    }

    private void run(long id, String name) {
        try {
            Instant startedAt;
            try (Connection connection = dataSource.getConnection()) {
                startedAt = progress(connection, id).orElseThrow().startedAt();
                long total = documents.publishedCount(connection);
                update(connection, id, "total = ?", total);
            }
            index.refreshInterval(name, "-1"); // no periodic refreshes while loading
            long after = 0;
            int done = 0;
            while (true) {
                List<Long> ids;
                Map<Long, CourseDocument> docs;
                try (Connection connection = dataSource.getConnection()) {
                    connection.setReadOnly(true);
                    ids = documents.publishedIds(connection, after, config.rebuildBatch());
                    if (ids.isEmpty()) {
                        break;
                    }
                    docs = documents.load(connection, ids);
                }
                List<CourseIndex.Write> writes = new ArrayList<>();
                docs.values().forEach(d -> writes.add(new CourseIndex.Write(d.courseId(), d)));
                Map<Long, String> failures = index.bulk(name, writes);
                if (!failures.isEmpty()) {
                    throw new IOException("Elasticsearch refused " + failures.size() + " documents, for example "
                            + failures.entrySet().iterator().next());
                }
                after = ids.get(ids.size() - 1);
                done += ids.size();
                try (Connection connection = dataSource.getConnection()) {
                    update(connection, id, "done = ?", done);
                }
            }
            catchUp(name, startedAt);
            Optional<String> previous = index.aliasTarget();
            index.refreshInterval(name, "1s");
            index.refresh(name);
            index.switchAlias(name, previous);
            // the previous index, and any left by failed rebuilds, go before the rebuild reports
            // DONE, so that whoever waits for DONE finds only the new index
            for (String old : index.courseIndices()) {
                if (!old.equals(name) && !old.equals(runningIndexOrNull())) {
                    index.delete(old);
                }
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement finish = connection.prepareStatement("""
                         update search_rebuild set status = 'DONE', done = greatest(done, total),
                             finished_at = clock_timestamp(), heartbeat_at = clock_timestamp() where id = ?""")) {
                finish.setLong(1, id);
                finish.executeUpdate();
            }
            LOG.infof("course index rebuilt: %s (%d courses), alias %s switched", name, done, index.alias());
        } catch (Exception e) {
            LOG.errorf(e, "course index rebuild %s failed", name);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement fail = connection.prepareStatement("""
                         update search_rebuild set status = 'FAILED', finished_at = clock_timestamp(), error = ?
                         where id = ? and status = 'RUNNING'""")) {
                String message = String.valueOf(e.getMessage());
                fail.setString(1, message.length() > 2000 ? message.substring(0, 2000) : message);
                fail.setLong(2, id);
                fail.executeUpdate();
            } catch (SQLException ignored) {
                LOG.warn("could not record the failed rebuild", ignored);
            }
            try {
                if (!index.aliasTarget().map(name::equals).orElse(false)) {
                    index.delete(name);
                }
            } catch (IOException ignored) {
                // Elasticsearch is gone; the abandoned index is removed by the next rebuild's cleanup
            }
        }
    }

    /** Writes again every course changed since shortly before the rebuild started. */
    private void catchUp(String name, Instant startedAt) throws SQLException, IOException {
        long after = 0;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                List<Long> courses = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("""
                        select distinct course_id from course_outbox
                        where created_at >= ? and course_id > ? order by course_id limit ?""")) {
                    select.setTimestamp(1, Timestamp.from(startedAt.minusSeconds(60)));
                    select.setLong(2, after);
                    select.setInt(3, config.rebuildBatch());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            courses.add(rs.getLong(1));
                        }
                    }
                }
                if (courses.isEmpty()) {
                    connection.commit();
                    return;
                }
                for (Long course : courses) {
                    OutboxWorker.lockCourse(connection, course);
                }
                Map<Long, CourseDocument> docs = documents.load(connection, courses);
                Map<Long, String> failures = index.bulk(name,
                        courses.stream().map(c -> new CourseIndex.Write(c, docs.get(c))).toList());
                connection.commit();
                if (!failures.isEmpty()) {
                    throw new IOException("Elasticsearch refused " + failures.size() + " documents while catching up");
                }
                after = courses.get(courses.size() - 1);
            }
        }
    }

    private static void update(Connection connection, long id, String set, long value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update search_rebuild set " + set + ", heartbeat_at = clock_timestamp() where id = ?")) {
            update.setLong(1, value);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private String runningIndexOrNull() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return runningIndex(connection).orElse(null);
        }
    }

    /** The index of the running rebuild, if one runs. */
    Optional<String> runningIndex(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select index_name from search_rebuild where status = 'RUNNING'");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public Optional<Progress> progress(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return progress(connection, id);
        }
    }

    /** The latest rebuilds, newest first. */
    public List<Progress> recent(int limit) throws SQLException {
        List<Progress> list = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT + " order by id desc limit ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    list.add(read(rs));
                }
            }
        }
        return list;
    }

    private static final String SELECT = """
            select id, index_name, status, total, done, started_by, started_at, finished_at, error from search_rebuild""";

    private static Optional<Progress> progress(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Progress read(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(8);
        return new Progress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString(9));
    }
}
