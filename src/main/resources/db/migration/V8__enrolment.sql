-- V8: enrolment (org.anxue.learning.enrolment). One row per person and course, whether the person
-- chose the course (自主选学) or a company's training task (培训任务) put them on it; tasks record
-- their own assignments and enrol their assignees here. A row is never deleted: leaving a course
-- keeps its study record. course.enrolment_count counts these rows and is kept in the same
-- transaction as the insert.
create table enrolment (
    person_id      bigint       not null references person (id),
    course_id      bigint       not null references course (id),
    self_selected  boolean      not null,
    enrolled_at    timestamptz  not null,
    primary key (person_id, course_id)
);
create index enrolment_by_course on enrolment (course_id);
