-- V13: oversight (org.anxue.oversight): spot exams (逢查必考) and the yearly plan targets.
-- Written and read by plain JDBC, so ids are identity columns.

-- ---------------------------------------------------------------------------------------------
-- Plan targets: per city bureau and year, the numbers of the plan (people trained, 人次). Every
-- change is a new revision; rows are never updated or deleted, so who set what and when stays on
-- record. The current targets are the highest revision. set_by is null for the plan's defaults
-- that Anxue seeds at start.
-- ---------------------------------------------------------------------------------------------
create table plan_target (
    id                         bigint       generated always as identity primary key,
    bureau_id                  bigint       not null references bureau (id),
    year                       integer      not null check (year between 2000 and 2100),
    revision                   integer      not null check (revision >= 1),
    key_positions              integer      not null check (key_positions >= 0),             -- 三项岗位人员
    high_risk_upgrading        integer      not null check (high_risk_upgrading >= 0),       -- 高危行业安全技能提升
    major_hazard_managers      integer      not null check (major_hazard_managers >= 0),     -- 危险性较大企业负责人和安全管理人员
    small_micro_manufacturing  integer      not null check (small_micro_manufacturing >= 0), -- 生产加工型小微企业
    note                       varchar(500) not null default '',
    set_by                     bigint       references account (id),
    set_by_name                varchar(100) not null,
    set_at                     timestamptz  not null default now(),
    unique (bureau_id, year, revision)
);

create function plan_target_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan targets are a record: revision % cannot be changed or deleted', old.revision
        using errcode = 'check_violation';
end $$;

create trigger plan_target_append_only before update or delete on plan_target
    for each row execute function plan_target_append_only();

-- ---------------------------------------------------------------------------------------------
-- Spot exams (逢查必考): an inspection of a company by a bureau officer, with a quiz for the people
-- the officer picks. bureau_id is the officer's bureau (whose subtree holds the company); codes
-- work until open_until or until the officer closes the exam.
-- ---------------------------------------------------------------------------------------------
create table spot_exam (
    id                  bigint        generated always as identity primary key,
    bureau_id           bigint        not null references bureau (id),
    company_id          bigint        not null references company (id),
    place               varchar(200)  not null check (length(btrim(place)) > 0),
    inspected_on        date          not null,
    officer_id          bigint        references account (id),
    officer_name        varchar(100)  not null,
    notes               varchar(2000) not null default '',
    time_limit_minutes  integer       not null check (time_limit_minutes between 1 and 180),
    question_count      integer       not null check (question_count between 1 and 100),
    pass_mark           integer       not null check (pass_mark between 1 and 100),
    created_at          timestamptz   not null,
    open_until          timestamptz   not null,
    closed_at           timestamptz
);
create index spot_exam_company on spot_exam (company_id, created_at desc);
create index spot_exam_bureau on spot_exam (bureau_id, created_at desc);

-- One row per person examined: who (as they were at the inspection), their code, their clock and
-- their result. This is the person's record of spot exams that 一人一档 reads (by person_id).
-- token_hash: SHA-256 of the secret the phone holds once the person has confirmed who they are.
create table spot_exam_taker (
    id               bigint        generated always as identity primary key,
    exam_id          bigint        not null references spot_exam (id),
    person_id        bigint        not null references person (id),
    employment_id    bigint        references employment (id),
    name             varchar(50)   not null,
    post_kind        varchar(24)   not null check (post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION', 'GENERAL')),
    post_name        varchar(100),
    department_name  varchar(100),
    code             varchar(8)    not null unique check (code ~ '^[2-9A-HJKMNP-Z]{8}$'),
    token_hash       varchar(64),
    started_at       timestamptz,
    deadline         timestamptz,
    finished_at      timestamptz,
    finish_reason    varchar(16)   check (finish_reason in ('SUBMITTED', 'DEADLINE', 'CLOSED')),
    question_count   integer       not null check (question_count >= 1),
    correct          integer,
    score            integer       check (score between 0 and 100),
    passed           boolean,
    unique (exam_id, person_id),
    check ((started_at is null) = (deadline is null)),
    check ((finished_at is null) = (finish_reason is null)),
    check ((finished_at is null) = (score is null))
);
create index spot_exam_taker_person on spot_exam_taker (person_id);
create index spot_exam_taker_overdue on spot_exam_taker (deadline) where finished_at is null and deadline is not null;

-- The questions drawn for a taker, in their order, copied from the question bank at the draw so
-- that the record stays as it was asked; answer never leaves the server.
create table spot_exam_question (
    taker_id     bigint         not null references spot_exam_taker (id),
    position     integer        not null check (position >= 1),
    question_id  bigint         not null references course_question (id),
    course_id    bigint         not null references course (id),
    kind         varchar(16)    not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    stem         varchar(1000)  not null,
    options      text[]         not null,
    answer       varchar(8)     not null,
    given        varchar(8),
    answered_at  timestamptz,
    correct      boolean,
    primary key (taker_id, position)
);

-- Wrong codes (and wrong identities) per client address and window, for the rate limit.
create table spot_exam_code_failure (
    source        varchar(64)  not null,
    window_start  timestamptz  not null,
    failures      integer      not null,
    primary key (source, window_start)
);
