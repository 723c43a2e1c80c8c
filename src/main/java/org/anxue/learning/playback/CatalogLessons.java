package org.anxue.learning.playback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.anxue.catalog.Enrolments;

/**
 * The {@link LessonDirectory} and {@link CheckpointQuestions} ports answered from the catalog's
 * tables (course_lesson, course_version, course_question) and the media feature's media_asset, by
 * plain JDBC: no Hibernate session, so they work on any worker thread.
 *
 * <p><b>Lessons.</b> Only VIDEO lessons of a version that is or was published (PUBLISHED or
 * SUPERSEDED, as {@link org.anxue.catalog.Watching} allows for enrolled learners) whose video is
 * READY; the duration is the media asset's probed one.
 *
 * <p><b>Canonical lesson ids.</b> Sessions and coverage (lesson_coverage.lesson_id) are kept under
 * the lesson's <em>canonical</em> id: the smallest course_lesson.id with the same lesson_key. A
 * lesson keeps its key across course versions for as long as its video is unchanged, so progress
 * carries over to a new version exactly where the video is the same; a new video gets a new key and
 * so starts afresh.
 *
 * <p><b>Who may play.</b> A worker enrolled in the course ({@link Enrolments}), or anyone for a free
 * preview lesson of the course's published version.
 *
 * <p><b>Checkpoint questions.</b> Drawn from the question bank of the course's published version
 * (or, once withdrawn, of its latest version that was published): single-choice and true/false
 * questions only (one tap on a phone). The question is chosen from the nonce by a hash, so the same
 * course and nonce always give the same question; the answer key never leaves the server. A course
 * without such questions asks the learner to confirm they are still watching.
 */
@ApplicationScoped
@Typed(CatalogLessons.class)
public class CatalogLessons implements LessonDirectory, CheckpointQuestions {

    /** True/false options as the player shows them, zh-CN with English. */
    static final String TRUE_OPTION = "正确 True";
    static final String FALSE_OPTION = "错误 False";
    /** The question of a course that has no single-choice or true/false questions. */
    static final String PRESENCE_QUESTION = "请确认您仍在观看课程视频。 Please confirm that you are still watching.";
    static final String PRESENCE_ANSWER = "我在观看 I am watching";

    private final DataSource dataSource;
    private final Enrolments enrolments;

    CatalogLessons(DataSource dataSource, Enrolments enrolments) {
        this.dataSource = dataSource;
        this.enrolments = enrolments;
    }

    /** A bank question with its key, as drawn. */
    record BankQuestion(String kind, String stem, List<String> options, String answer) {

        CheckpointQuestion shown() {
            return new CheckpointQuestion(stem, "TRUE_FALSE".equals(kind) ? List.of(TRUE_OPTION, FALSE_OPTION) : options);
        }

        boolean accepts(String given) {
            if ("TRUE_FALSE".equals(kind)) {
                return ("TRUE".equals(answer) ? TRUE_OPTION : FALSE_OPTION).equals(given);
            }
            int index = answer.charAt(0) - 'A';
            return index >= 0 && index < options.size() && options.get(index).equals(given);
        }
    }

    @Override
    public Optional<LessonVideo> find(long lessonId) {
        return read(lessonId).map(Row::video);
    }

    @Override
    public boolean mayPlay(long personId, long lessonId) {
        Optional<Row> row = read(lessonId);
        if (row.isEmpty()) {
            return false;
        }
        return (row.get().freePreview() && row.get().publishedVersion())
                || enrolments.isEnrolled(personId, row.get().video().courseId());
    }

    @Override
    public CheckpointQuestion draw(long courseId, String nonce) {
        return pick(courseId, nonce).map(BankQuestion::shown)
                .orElseGet(() -> new CheckpointQuestion(PRESENCE_QUESTION, List.of(PRESENCE_ANSWER)));
    }

    @Override
    public boolean isCorrect(long courseId, String nonce, String answer) {
        return pick(courseId, nonce).map(question -> question.accepts(answer))
                .orElseGet(() -> PRESENCE_ANSWER.equals(answer));
    }

    /** The lesson as the catalog has it; empty unless it is a playable video of a published version. */
    private record Row(LessonVideo video, boolean freePreview, boolean publishedVersion) {
    }

    private Optional<Row> read(long lessonId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("""
                        select v.course_id, l.free_preview, c.published_version_id = v.id as published, a.duration_ms,
                               (select min(k.id) from course_lesson k where k.lesson_key = l.lesson_key) as canonical
                        from course_lesson l
                        join course_version v on v.id = l.version_id
                        join course c on c.id = v.course_id
                        join media_asset a on a.id = l.media_id
                        where l.id = ? and l.kind = 'VIDEO' and v.status in ('PUBLISHED', 'SUPERSEDED')
                          and a.state = 'READY' and a.duration_ms > 0""")) {
            query.setLong(1, lessonId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(new LessonVideo(row.getLong("canonical"), row.getLong("course_id"),
                        row.getLong("duration_ms")), row.getBoolean("free_preview"), row.getBoolean("published")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read lesson " + lessonId + " from the catalog", e);
        }
    }

    /** The question of this nonce: the bank's eligible questions in order, one chosen by a hash of the nonce. */
    Optional<BankQuestion> pick(long courseId, String nonce) {
        List<BankQuestion> bank = bank(courseId);
        if (bank.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bank.get(Math.floorMod(hash(courseId, nonce), bank.size())));
    }

    private List<BankQuestion> bank(long courseId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("""
                        select q.kind, q.stem, q.options, q.answer from course_question q
                        where q.version_id = (select v.id from course_version v where v.course_id = ?
                                and v.status in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') and v.published_at is not null
                                order by (v.status = 'PUBLISHED') desc, v.number desc limit 1)
                          and q.kind in ('SINGLE', 'TRUE_FALSE')
                        order by q.position""")) {
            query.setLong(1, courseId);
            List<BankQuestion> bank = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Array options = row.getArray("options");
                    bank.add(new BankQuestion(row.getString("kind"), row.getString("stem"),
                            Arrays.asList((String[]) options.getArray()), row.getString("answer")));
                }
            }
            return bank;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the question bank of course " + courseId, e);
        }
    }

    private static long hash(long courseId, String nonce) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((courseId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
