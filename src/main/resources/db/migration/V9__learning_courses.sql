-- V9: training tasks, notices, document readings, the final test and course completion
-- (org.anxue.learning.tasks, org.anxue.learning.completion). Written by plain JDBC.

-- ---------------------------------------------------------------------------------------------
-- Training tasks (培训任务): a company assigns published courses to some of its current employees,
-- chosen by post kind and/or department (a department includes its sub-departments) and/or by
-- name, with a start and a deadline. The criteria are kept so that the admin can later add people
-- who match them now (nobody is added silently). Creating a task enrols every assignee.
-- ---------------------------------------------------------------------------------------------
create table training_task (
    id              bigint        generated always as identity primary key,
    company_id      bigint        not null references company (id),
    title           varchar(200)  not null check (length(btrim(title)) > 0),
    starts_on       date          not null,
    due_on          date          not null,
    post_kinds      varchar(24)[] not null default '{}',
    department_ids  bigint[]      not null default '{}',
    created_by      bigint        references account (id),
    created_at      timestamptz   not null,
    check (due_on >= starts_on)
);
create index training_task_by_company on training_task (company_id, created_at desc);

create table training_task_course (
    task_id    bigint  not null references training_task (id),
    course_id  bigint  not null references course (id),
    primary key (task_id, course_id)
);

create table training_task_assignee (
    task_id      bigint       not null references training_task (id),
    person_id    bigint       not null references person (id),
    by_name      boolean      not null,
    assigned_at  timestamptz  not null,
    primary key (task_id, person_id)
);
create index training_task_assignee_by_person on training_task_assignee (person_id);

-- ---------------------------------------------------------------------------------------------
-- In-app notices to a person (reminders of a training task). read_at is set once, when the person
-- marks the notice as read.
-- ---------------------------------------------------------------------------------------------
create table notice (
    id                 bigint         generated always as identity primary key,
    person_id          bigint         not null references person (id),
    task_id            bigint         references training_task (id),
    company_id         bigint         references company (id),
    body               varchar(1000)  not null,
    sent_by            bigint         references account (id),
    created_at         timestamptz    not null,
    read_at            timestamptz
);
create index notice_unread_by_person on notice (person_id, created_at desc) where read_at is null;
create index notice_by_person on notice (person_id, created_at desc);

-- ---------------------------------------------------------------------------------------------
-- A document (PDF) lesson counts as complete once the person has opened it through Anxue (we
-- cannot know more of a PDF). lesson_id is the canonical lesson id, as in lesson_coverage.
-- ---------------------------------------------------------------------------------------------
create table document_reading (
    person_id   bigint       not null references person (id),
    lesson_id   bigint       not null,
    opened_at   timestamptz  not null,
    primary key (person_id, lesson_id)
);

-- ---------------------------------------------------------------------------------------------
-- The final test. An attempt is drawn (questions in the order shown, stored) when it starts, and
-- submitted at most once (test_submission, with the answers as given and the score). Both are a
-- record: rows are never updated or deleted.
-- ---------------------------------------------------------------------------------------------
create table test_attempt (
    id                 bigint       generated always as identity primary key,
    person_id          bigint       not null references person (id),
    course_id          bigint       not null references course (id),
    course_version_id  bigint       not null references course_version (id),
    question_ids       bigint[]     not null check (cardinality(question_ids) > 0),
    pass_mark          integer      not null,
    started_at         timestamptz  not null,
    deadline_at        timestamptz
);
create index test_attempt_by_person on test_attempt (person_id, course_version_id, started_at);
create trigger test_attempt_is_a_record before update or delete on test_attempt
    for each statement execute function learning_refuse_change();

create table test_submission (
    attempt_id    bigint       primary key references test_attempt (id),
    answers       jsonb        not null,
    correct       integer      not null check (correct >= 0),
    score         integer      not null check (score between 0 and 100),
    passed        boolean      not null,
    submitted_at  timestamptz  not null
);
create trigger test_submission_is_a_record before update or delete on test_submission
    for each statement execute function learning_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- A completed course: every lesson complete and the final test passed. One per person and course
-- version; CourseCompleted is fired in the transaction that inserts it.
-- ---------------------------------------------------------------------------------------------
create table course_completion (
    person_id          bigint       not null references person (id),
    course_id          bigint       not null references course (id),
    course_version_id  bigint       not null references course_version (id),
    test_attempt_id    bigint       not null references test_attempt (id),
    score              integer      not null,
    studied_seconds    bigint       not null check (studied_seconds >= 0),
    completed_at       timestamptz  not null,
    primary key (person_id, course_version_id)
);
create index course_completion_by_course on course_completion (course_id);
create trigger course_completion_is_a_record before update or delete on course_completion
    for each statement execute function learning_refuse_change();
