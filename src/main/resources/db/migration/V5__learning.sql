-- V5: study time (org.anxue.learning.playback): playback sessions, heartbeats, covered intervals,
-- anomalies, checkpoint answers and the daily credit per person.
--
-- Written by plain JDBC in batches (the heartbeat ingest), not by Hibernate. Times are server
-- times. Lesson and course ids are the catalog's; they carry no foreign key until the catalog's
-- tables exist (its migration can add them). Heartbeats, anomalies and answers are a record: rows
-- are only ever inserted (triggers refuse updates and deletes).

create function learning_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are a record: they are never updated or deleted', tg_table_name;
end $$;

-- Total length of a multirange of milliseconds.
create function int8multirange_length(m int8multirange) returns bigint language sql immutable as $$
    select coalesce(sum(upper(r) - lower(r)), 0)::bigint from unnest(m) as r
$$;

-- ---------------------------------------------------------------------------------------------
-- Playback sessions: the PlaybackSession aggregate's snapshot, one row per session. A person has
-- at most one OPEN session (partial unique index). version is bumped by every change; a replica
-- that finds another version than the one it cached reloads the session.
-- ---------------------------------------------------------------------------------------------
create table playback_session (
    id                        uuid         primary key,
    person_id                 bigint       not null references person (id),
    lesson_id                 bigint       not null,
    course_id                 bigint       not null,
    video_duration_ms         bigint       not null check (video_duration_ms > 0),
    opened_at                 timestamptz  not null,
    state                     varchar(32)  not null check (state in ('OPEN', 'SUPERSEDED', 'ENDED', 'TERMINATED_BY_CHECKPOINT')),
    ended_at                  timestamptz,
    -- the replacing session is inserted after this row is marked superseded: checked at commit
    superseded_by             uuid         references playback_session (id) deferrable initially deferred,
    last_sequence             bigint       not null check (last_sequence >= 0),
    elapsed_clock_from        timestamptz  not null,
    playhead_ms               bigint       not null check (playhead_ms >= 0),
    carried_allowance_ms      bigint       not null check (carried_allowance_ms >= 0),
    credited_ms               bigint       not null check (credited_ms >= 0),
    checkpoint_due_at_ms      bigint       not null check (checkpoint_due_at_ms >= 0),
    -- the pending checkpoint question, if any
    checkpoint_nonce          varchar(64),
    checkpoint_issued_at      timestamptz,
    checkpoint_wrong_answers  integer      check (checkpoint_wrong_answers >= 0),
    version                   bigint       not null default 0,
    updated_at                timestamptz  not null default now(),
    check ((state = 'OPEN') = (ended_at is null)),
    check ((state = 'SUPERSEDED') = (superseded_by is not null)),
    check ((checkpoint_nonce is null) = (checkpoint_issued_at is null)
       and (checkpoint_nonce is null) = (checkpoint_wrong_answers is null))
);
create unique index playback_session_one_open_per_person on playback_session (person_id) where state = 'OPEN';
create index playback_session_by_person on playback_session (person_id, opened_at desc);

-- ---------------------------------------------------------------------------------------------
-- Heartbeats: one row per (session, sequence) the first time that sequence arrives, accepted or
-- rejected, with its outcome as answered; a repeat of the same sequence is answered from this row
-- (and recorded as a REPLAY anomaly), so an outcome is never computed twice.
-- ---------------------------------------------------------------------------------------------
create table heartbeat (
    session_id                uuid           not null references playback_session (id),
    sequence                  bigint         not null check (sequence > 0),
    received_at               timestamptz    not null,
    client_time               timestamptz,                 -- the client's clock, untrusted, for the record
    event                     varchar(16)    not null check (event in ('TICK', 'PAUSE', 'SEEK', 'VISIBILITY', 'UNLOAD')),
    reported_ranges           jsonb          not null,     -- [[from, to], ...] in seconds, as reported
    disposition               varchar(16)    not null check (disposition in ('ACCEPTED', 'REJECTED')),
    credited_ms               bigint         not null check (credited_ms >= 0),
    newly_covered             int8multirange not null,     -- milliseconds of the video credited by this heartbeat
    session_credited_ms       bigint         not null,     -- the session's credit after it
    lesson_covered_ms         bigint         not null,     -- the person's coverage of the lesson after it
    anomaly_kinds             varchar(32)[]  not null,
    checkpoint_nonce          varchar(64),                 -- the checkpoint pending after it
    checkpoint_issued_at      timestamptz,
    checkpoint_wrong_answers  integer,
    session_state             varchar(32)    not null,
    primary key (session_id, sequence),
    check (int8multirange_length(newly_covered) = credited_ms),
    check (disposition = 'ACCEPTED' or credited_ms = 0)
);
create trigger heartbeat_is_a_record before update or delete on heartbeat
    for each statement execute function learning_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Anomalies: every refusal and limit, with its figures. origin: JUDGED (found judging heartbeat
-- `sequence`), REPEATED (a repeat of an already stored `sequence`), ANSWER (a checkpoint answer).
-- ---------------------------------------------------------------------------------------------
create table playback_anomaly (
    id              bigint         generated always as identity primary key,
    session_id      uuid           not null references playback_session (id),
    person_id       bigint         not null references person (id),
    sequence        bigint,
    origin          varchar(16)    not null check (origin in ('JUDGED', 'REPEATED', 'ANSWER')),
    kind            varchar(32)    not null check (kind in ('REPLAY', 'OUT_OF_ORDER', 'SESSION_NOT_ACTIVE',
                    'INVALID_RANGE', 'RANGE_BEYOND_VIDEO', 'SEEK_AHEAD', 'GAP', 'FASTER_THAN_REAL_TIME',
                    'PLAYBACK_RATE_EXCEEDED', 'DAILY_CAP', 'CHECKPOINT_PENDING', 'CHECKPOINT_WRONG_ANSWER',
                    'CHECKPOINT_FAILED', 'CHECKPOINT_NONCE_MISMATCH', 'CHECKPOINT_NOT_PENDING')),
    affected_ms     bigint         not null check (affected_ms >= 0),
    detail          varchar(1000)  not null,
    recorded_at     timestamptz    not null,
    check ((origin = 'ANSWER') = (sequence is null))
);
create index playback_anomaly_by_person on playback_anomaly (person_id, recorded_at);
create index playback_anomaly_by_session on playback_anomaly (session_id, sequence);
create trigger playback_anomaly_is_a_record before update or delete on playback_anomaly
    for each statement execute function learning_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Checkpoint answers (随机弹题), every attempt, graded on the server.
-- ---------------------------------------------------------------------------------------------
create table checkpoint_answer (
    id              bigint        generated always as identity primary key,
    session_id      uuid          not null references playback_session (id),
    received_at     timestamptz   not null,
    nonce           varchar(64)   not null,
    answer          varchar(200)  not null,
    correct         boolean       not null,
    disposition     varchar(16)   not null check (disposition in ('RESUMED', 'ASKED_AGAIN', 'TERMINATED', 'REJECTED'))
);
create index checkpoint_answer_by_session on checkpoint_answer (session_id, received_at);
create trigger checkpoint_answer_is_a_record before update or delete on checkpoint_answer
    for each statement execute function learning_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- What each person has covered of each lesson's video: the union of every credited interval, in
-- milliseconds. Heartbeats add to it (a union, so it only grows).
-- ---------------------------------------------------------------------------------------------
create table lesson_coverage (
    person_id       bigint          not null references person (id),
    lesson_id       bigint          not null,
    covered         int8multirange  not null,
    covered_ms      bigint          generated always as (int8multirange_length(covered)) stored,
    updated_at      timestamptz     not null,
    primary key (person_id, lesson_id)
);

-- ---------------------------------------------------------------------------------------------
-- Study time credited per person and study day (Asia/Shanghai days by default), for the daily cap.
-- ---------------------------------------------------------------------------------------------
create table daily_study_credit (
    person_id       bigint  not null references person (id),
    study_day       date    not null,
    credited_ms     bigint  not null check (credited_ms >= 0),
    primary key (person_id, study_day)
);
