package org.anxue.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/**
 * A course version as pages and the JSON API show it. The public view (supermarket, course page)
 * leaves out what only the institution and its reviewers see: the question bank with answers,
 * media ids and processing states, and the review notes ({@code null}, not in the JSON).
 *
 * @param videoSeconds the probed length of all videos together
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourseView(long id, long versionId, int versionNumber, VersionStatus status, boolean listed,
                         String title, String summary, String coverUrl, InstitutionRef institution,
                         TrainingType trainingType, BigDecimal declaredHours, int passMark, List<Industry> industries,
                         List<PostKind> postKinds, List<ChapterView> chapters, int lessonCount, long videoSeconds,
                         int questionCount, int enrolmentCount, Instant publishedAt, Instant submittedAt,
                         String reviewReason, HoursView hours, List<QuestionView> questions) {

    public record InstitutionRef(long id, String name) {
    }

    public record ChapterView(long id, int position, String title, List<LessonView> lessons) {
    }

    /**
     * @param lessonKey stable across versions while the video stays the same (progress is kept by it)
     * @param durationSeconds the video's probed duration (null until it is processed, and for documents)
     * @param mediaState the upload/processing state (institution and reviewers only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LessonView(long id, UUID lessonKey, int position, String title, LessonKind kind,
                             boolean freePreview, Double durationSeconds, String documentName, Long documentSize,
                             UUID mediaId, String mediaState, Integer mediaProgress, String mediaFailure) {

        public boolean isVideo() {
            return kind == LessonKind.VIDEO;
        }

        public boolean ready() {
            return kind == LessonKind.VIDEO ? durationSeconds != null : documentName != null;
        }
    }

    /** The class-hours check: declared hours against the videos' time. */
    public record HoursView(BigDecimal declaredHours, BigDecimal actualHours, long videoSeconds, long requiredSeconds,
                            int minutesPerClassHour, boolean passes) {

        static HoursView of(HoursCheck check) {
            return new HoursView(check.declaredHours(), check.actualHours(), check.videoSeconds(),
                    check.requiredSeconds(), check.minutesPerClassHour(), check.passes());
        }
    }

    /** A bank question with its answer ("B", "ACD", "TRUE", "FALSE") and explanation. */
    public record QuestionView(long id, int position, QuestionKind kind, String stem, List<String> options,
                               String answer, String explanation) {

        /** Whether option {@code index} (0 = A) is a correct one. */
        public boolean correct(int index) {
            return answer.indexOf('A' + index) >= 0;
        }
    }

    /** A card of the supermarket. */
    public record Card(long id, String title, String summary, String coverUrl, long institutionId,
                       String institutionName, TrainingType trainingType, BigDecimal declaredHours,
                       List<Industry> industries, List<PostKind> postKinds, int enrolmentCount, Instant publishedAt) {
    }

    /** One of an institution's courses, with the state of its latest version. */
    public record Authored(long id, String title, int versionNumber, VersionStatus status, boolean listed,
                           TrainingType trainingType, BigDecimal declaredHours, Instant updatedAt) {
    }

    /** One version in a course's list of versions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionSummary(long id, int number, VersionStatus status, Instant submittedAt, Instant publishedAt,
                                 String reviewReason) {
    }

    /** One transition in a course's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(CourseEventKind kind, Integer versionNumber, VersionStatus fromStatus,
                            VersionStatus toStatus, String actorName, String reason, Instant at) {
    }
}
