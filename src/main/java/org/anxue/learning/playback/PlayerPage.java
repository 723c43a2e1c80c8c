package org.anxue.learning.playback;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;

/**
 * The lesson player (phone first): {@code /my/courses/{courseId}/lessons/{lessonId}/play}. The page
 * only names the lesson and its neighbours; {@code frontend/src/lesson-player.js} opens the playback
 * session, plays the signed HLS playlist, sends the heartbeats and shows the checkpoint questions.
 * 404 when the lesson is not a playable video of that course; 403 when the worker is not enrolled
 * (and the lesson is no free preview).
 */
@Path("/my/courses/{courseId}/lessons/{lessonId}/play")
@RolesAllowed("WORKER")
public class PlayerPage {

    /** The lesson as the page shows it; {@code nextLessonId} is the next video lesson of the same version, if any. */
    public record LessonView(long courseId, long lessonId, String courseTitle, String lessonTitle, String chapterTitle,
            Long nextLessonId, String nextLessonTitle) {

        public String playlistUrl() {
            return "/api/courses/" + courseId + "/lessons/" + lessonId + "/playlist.m3u8";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance play(LessonView lesson, double maxRate);
    }

    @Inject
    DataSource dataSource;

    @Inject
    LessonDirectory lessons;

    @Inject
    SecurityIdentity identity;

    @Inject
    LearningConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance play(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        LessonView lesson = read(courseId, lessonId);
        if (lesson == null || lessons.find(lessonId).isEmpty()) {
            throw new AppException(404, "learning:lessonNotFound", lessonId);
        }
        long personId = identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
        if (!lessons.mayPlay(personId, lessonId)) {
            throw new AppException(403, "learning:notEnrolled");
        }
        return Templates.play(lesson, config.playerMaxRate());
    }

    private LessonView read(long courseId, long lessonId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("""
                        select v.title as course_title, l.title, ch.title as chapter_title, n.id as next_id, n.title as next_title
                        from course_lesson l
                        join course_version v on v.id = l.version_id
                        join course_chapter ch on ch.id = l.chapter_id
                        left join lateral (
                            select nl.id, nl.title from course_lesson nl join course_chapter nc on nc.id = nl.chapter_id
                            where nl.version_id = l.version_id and nl.kind = 'VIDEO'
                              and (nc.position, nl.position) > (ch.position, l.position)
                            order by nc.position, nl.position limit 1) n on true
                        where l.id = ? and v.course_id = ?""")) {
            query.setLong(1, lessonId);
            query.setLong(2, courseId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long next = row.getLong("next_id");
                return new LessonView(courseId, lessonId, row.getString("course_title"), row.getString("title"),
                        row.getString("chapter_title"), row.wasNull() ? null : next, row.getString("next_title"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read lesson " + lessonId, e);
        }
    }
}
