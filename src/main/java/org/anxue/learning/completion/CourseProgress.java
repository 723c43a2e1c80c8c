package org.anxue.learning.completion;

import java.util.List;

/** A person's progress on one course version: its lessons as studied. */
public record CourseProgress(long personId, long versionId, List<LessonRow> lessons) {

    public CourseProgress {
        lessons = List.copyOf(lessons);
    }

    public int totalLessons() {
        return lessons.size();
    }

    public int completeLessons() {
        return (int) lessons.stream().filter(LessonRow::complete).count();
    }

    public boolean allLessonsComplete() {
        return !lessons.isEmpty() && lessons.stream().allMatch(LessonRow::complete);
    }

    public boolean started() {
        return lessons.stream().anyMatch(LessonRow::started);
    }

    public long videoMs() {
        return lessons.stream().mapToLong(LessonRow::durationMs).sum();
    }

    public long coveredMs() {
        return lessons.stream().mapToLong(LessonRow::coveredCappedMs).sum();
    }

    /** Whole percent of the course's video covered; without video, of the lessons complete. */
    public int videoPercent() {
        long video = videoMs();
        if (video == 0) {
            return lessons.isEmpty() ? 0 : completeLessons() * 100 / totalLessons();
        }
        return (int) (coveredMs() * 100 / video);
    }

    /** Whole percent of the lessons complete. */
    public int lessonPercent() {
        return lessons.isEmpty() ? 0 : completeLessons() * 100 / totalLessons();
    }
}
