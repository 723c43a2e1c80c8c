package org.anxue.learning.completion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anxue.web.AppException;

/**
 * The final test (结业考试) of a course version. An attempt may start only when every lesson is
 * complete; it draws {@code anxue.final-test.questions} questions at random from the version's bank
 * (the whole bank when smaller) in a random order and stores them with the attempt. The answer key
 * never leaves the server: questions go out without answers, grading happens here (SINGLE: the
 * letter; MULTIPLE: exactly the set of letters; TRUE_FALSE: TRUE or FALSE), score = correct × 100 /
 * drawn, rounded down, passed when at least the version's pass mark. A person has
 * {@code anxue.final-test.max-attempts} attempts per version; attempts and submissions are a record
 * (never changed). A passed test with every lesson complete completes the course ({@link Completing}).
 */
@ApplicationScoped
public class FinalTests {

    private static final Pattern LETTERS = Pattern.compile("[A-H]{1,8}");

    public record QuestionView(long id, String kind, String stem, List<String> options) {
    }

    /** An attempt as the learner sees it: no answers. */
    public record AttemptView(long id, long courseId, long versionId, String courseTitle, int passMark,
            Instant startedAt, Instant deadlineAt, List<QuestionView> questions) {
    }

    public record QuestionResult(long questionId, boolean correct) {
    }

    public record ResultView(long attemptId, long courseId, int correct, int total, int score, int passMark,
            boolean passed, boolean completed, int attemptsLeft, List<QuestionResult> questions) {
    }

    public record AttemptSummary(long id, long versionId, Instant startedAt, Instant submittedAt, Integer score,
            Boolean passed) {
    }

    /** Where a person stands with a course's test: what the test page shows. */
    public record TestStatus(long courseId, long versionId, String courseTitle, int passMark, int bankSize,
            int questionsPerAttempt, boolean lessonsComplete, int completeLessons, int totalLessons, int attemptsUsed,
            int maxAttempts, Long openAttemptId, Completion completion, List<AttemptSummary> attempts) {

        public int attemptsLeft() {
            return Math.max(0, maxAttempts - attemptsUsed);
        }

        public boolean mayStart() {
            return completion == null && lessonsComplete && (openAttemptId != null || attemptsLeft() > 0);
        }
    }

    /** A completed course: what the completion page shows. */
    public record Completion(long courseId, long versionId, String courseTitle, BigDecimal declaredHours, int score,
            long studiedSeconds, Instant completedAt, long testAttemptId) {
    }

    private record Version(long courseId, long versionId, String title, int passMark) {
    }

    private record Attempt(long id, long personId, long courseId, long versionId, List<Long> questionIds, int passMark,
            Instant startedAt, Instant deadlineAt) {
    }

    private final DataSource dataSource;
    private final StudyProgress progress;
    private final Completing completing;
    private final FinalTestConfig config;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    FinalTests(DataSource dataSource, StudyProgress progress, Completing completing, FinalTestConfig config,
               ObjectMapper json) {
        this.dataSource = dataSource;
        this.progress = progress;
        this.completing = completing;
        this.config = config;
        this.json = json;
    }

    /** The test page's facts for the person on the course's published version. */
    @Transactional
    public TestStatus status(long personId, long courseId) {
        try (Connection connection = dataSource.getConnection()) {
            Version version = published(connection, courseId);
            requireEnrolled(connection, personId, courseId, false);
            CourseProgress studied = progress.of(personId, version.versionId());
            List<AttemptSummary> attempts = attempts(connection, personId, version.versionId());
            Attempt open = openAttempt(connection, personId, version.versionId());
            int bank = bankSize(connection, version.versionId());
            return new TestStatus(courseId, version.versionId(), version.title(), version.passMark(), bank,
                    Math.min(bank, config.questions()), studied.allLessonsComplete(), studied.completeLessons(),
                    studied.totalLessons(), attempts.size(), config.maxAttempts(), open == null ? null : open.id(),
                    completion(connection, personId, courseId), attempts);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's latest completion of the course (any version), or null. */
    @Transactional
    public Completion completion(long personId, long courseId) {
        try (Connection connection = dataSource.getConnection()) {
            return completion(connection, personId, courseId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an attempt, or gives back the person's open one (started, not submitted, time not up).
     * Refused (409) before every lesson is complete, after the last attempt, and once completed.
     */
    @Transactional
    public AttemptView start(long personId, long courseId) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Version version = published(connection, courseId);
            requireEnrolled(connection, personId, courseId, true);
            if (hasCompleted(connection, personId, version.versionId())) {
                throw new AppException(409, "study:alreadyCompleted");
            }
            Attempt open = openAttempt(connection, personId, version.versionId());
            if (open != null) {
                return view(connection, open, version.title());
            }
            if (!progress.of(personId, version.versionId()).allLessonsComplete()) {
                throw new AppException(409, "study:lessonsNotComplete");
            }
            if (attempts(connection, personId, version.versionId()).size() >= config.maxAttempts()) {
                throw new AppException(409, "study:noAttemptsLeft", config.maxAttempts());
            }
            List<Long> drawn = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select id from course_question where version_id = ? order by random() limit ?")) {
                query.setLong(1, version.versionId());
                query.setInt(2, Math.max(1, config.questions()));
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        drawn.add(r.getLong(1));
                    }
                }
            }
            if (drawn.isEmpty()) {
                throw new AppException(409, "study:noQuestions");
            }
            Collections.shuffle(drawn);
            Instant deadline = config.timeLimit().map(now::plus).orElse(null);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into test_attempt (person_id, course_id, course_version_id, question_ids, pass_mark,
                        started_at, deadline_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")) {
                insert.setLong(1, personId);
                insert.setLong(2, courseId);
                insert.setLong(3, version.versionId());
                insert.setArray(4, connection.createArrayOf("bigint", drawn.toArray()));
                insert.setInt(5, version.passMark());
                insert.setTimestamp(6, Timestamp.from(now));
                insert.setTimestamp(7, deadline == null ? null : Timestamp.from(deadline));
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            return view(connection, new Attempt(id, personId, courseId, version.versionId(), drawn,
                    version.passMark(), now, deadline), version.title());
        } catch (SQLException e) {
            throw new IllegalStateException("could not start a test of course " + courseId, e);
        }
    }

    /** An attempt of the person's, without answers (to show it again); 404 for anyone else's. */
    @Transactional
    public AttemptView attempt(long personId, long courseId, long attemptId) {
        try (Connection connection = dataSource.getConnection()) {
            Attempt attempt = attempt(connection, personId, courseId, attemptId, false);
            return view(connection, attempt, versionTitle(connection, attempt.versionId()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Grades and stores the answers of an attempt ({@code questionId → "B"/"ACD"/"TRUE"}; unanswered
     * questions count as wrong). Refused with nothing written: another person's or unknown attempt
     * (404), already submitted or time up (409), answers to questions not drawn or not well formed (400).
     */
    @Transactional
    public ResultView submit(long personId, long courseId, long attemptId, Map<String, String> answers) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Attempt attempt = attempt(connection, personId, courseId, attemptId, true);
            if (submitted(connection, attemptId)) {
                throw new AppException(409, "study:alreadySubmitted");
            }
            if (attempt.deadlineAt() != null && now.isAfter(attempt.deadlineAt())) {
                throw new AppException(409, "study:timeUp");
            }
            Map<Long, String[]> key = answerKey(connection, attempt.questionIds());
            Map<Long, String> given = new TreeMap<>();
            for (Map.Entry<String, String> answer : (answers == null ? Map.<String, String>of() : answers).entrySet()) {
                long questionId;
                try {
                    questionId = Long.parseLong(answer.getKey().trim());
                } catch (NumberFormatException e) {
                    throw new AppException(400, "study:unknownQuestion", answer.getKey());
                }
                String[] question = key.get(questionId);
                if (question == null) {
                    throw new AppException(400, "study:unknownQuestion", answer.getKey());
                }
                String value = normalise(question[0], answer.getValue());
                if (value == null) {
                    throw new AppException(400, "study:badAnswer", answer.getValue() == null ? "" : answer.getValue());
                }
                if (!value.isEmpty()) {
                    given.put(questionId, value);
                }
            }
            List<QuestionResult> results = new ArrayList<>();
            int correct = 0;
            for (long questionId : attempt.questionIds()) {
                boolean right = key.get(questionId)[1].equals(given.get(questionId));
                results.add(new QuestionResult(questionId, right));
                if (right) {
                    correct++;
                }
            }
            int total = attempt.questionIds().size();
            int score = correct * 100 / total;
            boolean passed = score >= attempt.passMark();
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into test_submission (attempt_id, answers, correct, score, passed, submitted_at)
                    values (?, ?::jsonb, ?, ?, ?, ?) on conflict do nothing""")) {
                insert.setLong(1, attemptId);
                insert.setString(2, json.writeValueAsString(given));
                insert.setInt(3, correct);
                insert.setInt(4, score);
                insert.setBoolean(5, passed);
                insert.setTimestamp(6, Timestamp.from(now));
                inserted = insert.executeUpdate();
            }
            if (inserted == 0) {
                throw new AppException(409, "study:alreadySubmitted");
            }
            boolean completed = passed && completing.complete(personId, courseId, attempt.versionId(), attemptId,
                    score, now);
            int used = attempts(connection, personId, attempt.versionId()).size();
            return new ResultView(attemptId, courseId, correct, total, score, attempt.passMark(), passed, completed,
                    Math.max(0, config.maxAttempts() - used), results);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not submit test attempt " + attemptId, e);
        }
    }

    /** The stored result of a submitted attempt of the person's. */
    @Transactional
    public ResultView result(long personId, long courseId, long attemptId) {
        try (Connection connection = dataSource.getConnection()) {
            Attempt attempt = attempt(connection, personId, courseId, attemptId, false);
            Map<Long, String[]> key = answerKey(connection, attempt.questionIds());
            try (PreparedStatement query = connection.prepareStatement(
                    "select answers::text, correct, score, passed from test_submission where attempt_id = ?")) {
                query.setLong(1, attemptId);
                try (ResultSet r = query.executeQuery()) {
                    if (!r.next()) {
                        throw new AppException(404, "study:attemptNotFound");
                    }
                    Map<String, String> given = json.readValue(r.getString(1),
                            json.getTypeFactory().constructMapType(HashMap.class, String.class, String.class));
                    List<QuestionResult> results = attempt.questionIds().stream()
                            .map(q -> new QuestionResult(q, key.get(q)[1].equals(given.get(Long.toString(q)))))
                            .toList();
                    int used = attempts(connection, personId, attempt.versionId()).size();
                    boolean completed = hasCompleted(connection, personId, attempt.versionId());
                    return new ResultView(attemptId, courseId, r.getInt(2), attempt.questionIds().size(), r.getInt(3),
                            attempt.passMark(), r.getBoolean(4), completed,
                            Math.max(0, config.maxAttempts() - used), results);
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer as stored: upper case, MULTIPLE letters sorted; "" for none; null when malformed. */
    static String normalise(String kind, String answer) {
        if (answer == null || answer.isBlank()) {
            return "";
        }
        String a = answer.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s,]", "");
        return switch (kind) {
            case "TRUE_FALSE" -> a.equals("TRUE") || a.equals("FALSE") ? a : null;
            case "SINGLE" -> a.length() == 1 && LETTERS.matcher(a).matches() ? a : null;
            default -> {
                if (!LETTERS.matcher(a).matches()) {
                    yield null;
                }
                char[] letters = a.chars().distinct().sorted().collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
                yield new String(letters);
            }
        };
    }

    // --- reading -----------------------------------------------------------------------------------

    private static Version published(Connection connection, long courseId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select v.id, v.title, v.pass_mark from course c join course_version v on v.id = c.published_version_id
                where c.id = ?""")) {
            query.setLong(1, courseId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new AppException(404, "study:courseNotFound");
                }
                return new Version(courseId, r.getLong(1), r.getString(2), r.getInt(3));
            }
        }
    }

    private static void requireEnrolled(Connection connection, long personId, long courseId, boolean lock)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from enrolment where person_id = ? and course_id = ?" + (lock ? " for update" : ""))) {
            query.setLong(1, personId);
            query.setLong(2, courseId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new AppException(403, "study:notEnrolled");
                }
            }
        }
    }

    private static String versionTitle(Connection connection, long versionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select title from course_version where id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static int bankSize(Connection connection, long versionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from course_question where version_id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static boolean hasCompleted(Connection connection, long personId, long versionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from course_completion where person_id = ? and course_version_id = ?")) {
            query.setLong(1, personId);
            query.setLong(2, versionId);
            try (ResultSet r = query.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Completion completion(Connection connection, long personId, long courseId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select cc.course_version_id, v.title, v.declared_hours, cc.score, cc.studied_seconds, cc.completed_at,
                       cc.test_attempt_id
                from course_completion cc join course_version v on v.id = cc.course_version_id
                where cc.person_id = ? and cc.course_id = ? order by cc.completed_at desc limit 1""")) {
            query.setLong(1, personId);
            query.setLong(2, courseId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Completion(courseId, r.getLong(1), r.getString(2), r.getBigDecimal(3), r.getInt(4),
                        r.getLong(5), r.getTimestamp(6).toInstant(), r.getLong(7));
            }
        }
    }

    private static List<AttemptSummary> attempts(Connection connection, long personId, long versionId)
            throws SQLException {
        List<AttemptSummary> attempts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select a.id, a.started_at, s.submitted_at, s.score, s.passed
                from test_attempt a left join test_submission s on s.attempt_id = a.id
                where a.person_id = ? and a.course_version_id = ? order by a.started_at, a.id""")) {
            query.setLong(1, personId);
            query.setLong(2, versionId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    Timestamp submitted = r.getTimestamp(3);
                    attempts.add(new AttemptSummary(r.getLong(1), versionId, r.getTimestamp(2).toInstant(),
                            submitted == null ? null : submitted.toInstant(),
                            submitted == null ? null : r.getInt(4), submitted == null ? null : r.getBoolean(5)));
                }
            }
        }
        return attempts;
    }

    private Attempt openAttempt(Connection connection, long personId, long versionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select a.id from test_attempt a
                where a.person_id = ? and a.course_version_id = ?
                  and not exists (select 1 from test_submission s where s.attempt_id = a.id)
                  and (a.deadline_at is null or a.deadline_at > ?)
                order by a.started_at desc limit 1""")) {
            query.setLong(1, personId);
            query.setLong(2, versionId);
            query.setTimestamp(3, Timestamp.from(clock.instant()));
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? attempt(connection, personId, null, r.getLong(1), false) : null;
            }
        }
    }

    private static Attempt attempt(Connection connection, long personId, Long courseId, long attemptId, boolean lock)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select person_id, course_id, course_version_id, question_ids, pass_mark, started_at, deadline_at
                from test_attempt where id = ?""" + (lock ? " for update" : ""))) {
            query.setLong(1, attemptId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next() || r.getLong(1) != personId || (courseId != null && r.getLong(2) != courseId)) {
                    throw new AppException(404, "study:attemptNotFound");
                }
                Array ids = r.getArray(4);
                List<Long> questionIds = Arrays.stream((Long[]) ids.getArray()).toList();
                Timestamp deadline = r.getTimestamp(7);
                return new Attempt(attemptId, personId, r.getLong(2), r.getLong(3), questionIds, r.getInt(5),
                        r.getTimestamp(6).toInstant(), deadline == null ? null : deadline.toInstant());
            }
        }
    }

    private static boolean submitted(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from test_submission where attempt_id = ?")) {
            query.setLong(1, attemptId);
            try (ResultSet r = query.executeQuery()) {
                return r.next();
            }
        }
    }

    /** questionId → {kind, answer}. */
    private static Map<Long, String[]> answerKey(Connection connection, List<Long> questionIds) throws SQLException {
        Map<Long, String[]> key = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id, kind, answer from course_question where id = any (?::bigint[])")) {
            query.setArray(1, connection.createArrayOf("bigint", questionIds.toArray()));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    key.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                }
            }
        }
        return key;
    }

    private static AttemptView view(Connection connection, Attempt attempt, String title) throws SQLException {
        Map<Long, QuestionView> byId = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id, kind, stem, options from course_question where id = any (?::bigint[])")) {
            query.setArray(1, connection.createArrayOf("bigint", attempt.questionIds().toArray()));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    byId.put(r.getLong(1), new QuestionView(r.getLong(1), r.getString(2), r.getString(3),
                            Arrays.asList((String[]) r.getArray(4).getArray())));
                }
            }
        }
        List<QuestionView> questions = attempt.questionIds().stream().map(byId::get).toList();
        return new AttemptView(attempt.id(), attempt.courseId(), attempt.versionId(), title, attempt.passMark(),
                attempt.startedAt(), attempt.deadlineAt(), questions);
    }
}
