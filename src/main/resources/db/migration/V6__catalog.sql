-- V6: the course catalog (org.anxue.catalog): courses, their versions with outline and question
-- bank, the review history, and an outbox for the search index.
--
-- A course is a stable identity owned by one institution. Its content lives in versions: a version
-- is a draft while the institution edits it, frozen once submitted, and immutable once published
-- (triggers below refuse any change to its content). A new version starts as a copy of the
-- published one; its lessons keep their lesson_key while their video stays the same, so progress
-- recorded by lesson key carries over. Conventions as in V1: sequences by 50, enums as Java names.

create sequence course_seq increment by 50;
create sequence course_version_seq increment by 50;
create sequence course_chapter_seq increment by 50;
create sequence course_lesson_seq increment by 50;
create sequence course_question_seq increment by 50;
create sequence course_event_seq increment by 50;

-- ---------------------------------------------------------------------------------------------
-- Courses. published_version_id is the version shown in the course supermarket (null until the
-- first approval and after a withdrawal). enrolment_count is kept by the learning feature (it
-- increments it when someone enrols); it orders the supermarket by "most enrolled". pack_code
-- identifies a course loaded from a content pack, so that loading again skips it.
-- ---------------------------------------------------------------------------------------------
create table course (
    id                    bigint       primary key,
    institution_id        bigint       not null references institution (id),
    published_version_id  bigint,
    pack_code             varchar(64)  unique,
    enrolment_count       integer      not null default 0 check (enrolment_count >= 0),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0
);
create index course_institution on course (institution_id);

create table course_version (
    id              bigint        primary key,
    course_id       bigint        not null references course (id),
    number          integer       not null check (number >= 1),
    status          varchar(16)   not null check (status in
                    ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    title           varchar(200)  not null check (length(btrim(title)) > 0),
    summary         varchar(4000) not null default '',
    cover_key       varchar(200),
    training_type   varchar(16)   not null check (training_type in ('INITIAL', 'REFRESHER', 'REVIEW', 'PRE_JOB', 'ROUTINE')),
    declared_hours  numeric(5, 1) not null check (declared_hours > 0),
    pass_mark       integer       not null check (pass_mark between 1 and 100),
    based_on_id     bigint        references course_version (id),
    submitted_at    timestamptz,
    reviewed_at     timestamptz,
    review_reason   varchar(1000),
    published_at    timestamptz,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    unique (course_id, number)
);
-- At most one version of a course is being worked on or reviewed, and at most one is published.
create unique index course_version_open on course_version (course_id) where status in ('DRAFT', 'SUBMITTED', 'REJECTED');
create unique index course_version_published on course_version (course_id) where status = 'PUBLISHED';
create index course_version_status on course_version (status);

alter table course add foreign key (published_version_id) references course_version (id);

-- Target industries (org.anxue.org.Industry) and post kinds (org.anxue.creditbank.model.PostKind).
create table course_version_industry (
    version_id  bigint       not null references course_version (id) on delete cascade,
    industry    varchar(32)  not null check (industry in
                ('CHEMICAL', 'NON_COAL_MINE', 'METAL_SMELTING', 'FIREWORKS', 'COAL_MINE', 'INDUSTRY_TRADE', 'OTHER')),
    primary key (version_id, industry)
);
create index course_version_industry_by_industry on course_version_industry (industry);

create table course_version_post_kind (
    version_id  bigint       not null references course_version (id) on delete cascade,
    post_kind   varchar(32)  not null check (post_kind in
                ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION_WORKER', 'GENERAL_WORKER')),
    primary key (version_id, post_kind)
);
create index course_version_post_kind_by_kind on course_version_post_kind (post_kind);

-- ---------------------------------------------------------------------------------------------
-- The outline: chapters of lessons, in order. A video lesson points at its upload in the media
-- feature (media_upload, whose id is also the media_asset's once processed); the duration is the
-- media asset's probed one. A document lesson is a PDF under catalog/documents/ in S3.
-- Positions are unique per parent, checked at commit so that two rows can swap places.
-- ---------------------------------------------------------------------------------------------
create table course_chapter (
    id          bigint        primary key,
    version_id  bigint        not null references course_version (id) on delete cascade,
    position    integer       not null check (position >= 0),
    title       varchar(200)  not null check (length(btrim(title)) > 0),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    unique (version_id, position) deferrable initially deferred
);

create table course_lesson (
    id             bigint        primary key,
    chapter_id     bigint        not null references course_chapter (id) on delete cascade,
    version_id     bigint        not null references course_version (id) on delete cascade,
    position       integer       not null check (position >= 0),
    lesson_key     uuid          not null,
    title          varchar(200)  not null check (length(btrim(title)) > 0),
    kind           varchar(16)   not null check (kind in ('VIDEO', 'DOCUMENT')),
    media_id       uuid          references media_upload (id),
    document_key   varchar(200),
    document_name  varchar(255),
    document_size  bigint        check (document_size > 0),
    free_preview   boolean       not null default false,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        integer       not null default 0,
    unique (chapter_id, position) deferrable initially deferred,
    unique (version_id, lesson_key),
    check (kind = 'VIDEO' or media_id is null),
    check (kind = 'DOCUMENT' or document_key is null),
    check ((document_key is null) = (document_name is null) and (document_key is null) = (document_size is null))
);
create index course_lesson_version on course_lesson (version_id);
create index course_lesson_media on course_lesson (media_id) where media_id is not null;
create index course_lesson_key on course_lesson (lesson_key);

-- The question bank of the final test. answer: one letter (SINGLE), two or more letters in order
-- (MULTIPLE), TRUE or FALSE (TRUE_FALSE, which has no options).
create table course_question (
    id           bigint         primary key,
    version_id   bigint         not null references course_version (id) on delete cascade,
    position     integer        not null check (position >= 0),
    kind         varchar(16)    not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    stem         varchar(1000)  not null check (length(btrim(stem)) > 0),
    options      text[]         not null default '{}',
    answer       varchar(8)     not null,
    explanation  varchar(2000)  not null check (length(btrim(explanation)) > 0),
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now(),
    version      integer        not null default 0,
    unique (version_id, position) deferrable initially deferred,
    check (case kind
        when 'TRUE_FALSE' then answer in ('TRUE', 'FALSE') and cardinality(options) = 0
        when 'SINGLE' then answer ~ '^[A-H]$' and cardinality(options) between 2 and 8
        when 'MULTIPLE' then answer ~ '^[A-H]{2,8}$' and cardinality(options) between 3 and 8
    end)
);

-- ---------------------------------------------------------------------------------------------
-- Every transition of a course (created, submitted, approved, rejected, withdrawn, new version
-- started, superseded by a newer version): who, when, why. A record: rows are never updated or deleted.
-- ---------------------------------------------------------------------------------------------
create table course_event (
    id                bigint        primary key,
    course_id         bigint        not null references course (id),
    version_id        bigint        references course_version (id),
    kind              varchar(24)   not null check (kind in
                      ('CREATED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'VERSION_STARTED', 'SUPERSEDED')),
    from_status       varchar(16),
    to_status         varchar(16),
    actor_account_id  bigint        references account (id),
    actor_name        varchar(100)  not null,
    reason            varchar(1000),
    at                timestamptz   not null
);
create index course_event_course on course_event (course_id, at);

create function course_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'course_event rows are a record: they are never updated or deleted';
end $$;
create trigger course_event_is_a_record before update or delete on course_event
    for each row execute function course_event_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Outbox for the search index: a row in the same transaction as every change of a course
-- (PUBLISHED: a version was approved; WITHDRAWN; CHANGED: anything else, drafts and counters
-- included). A consumer re-reads the course by id. Ids commit out of order, so a consumer deletes
-- the rows it has handled (FOR UPDATE SKIP LOCKED) rather than remembering the highest id.
-- ---------------------------------------------------------------------------------------------
create table course_outbox (
    id           bigserial    primary key,
    course_id    bigint       not null references course (id),
    change_kind  varchar(16)  not null check (change_kind in ('PUBLISHED', 'WITHDRAWN', 'CHANGED')),
    created_at   timestamptz  not null default clock_timestamp()
);
create index course_outbox_course on course_outbox (course_id);

-- ---------------------------------------------------------------------------------------------
-- Immutability: only a DRAFT or REJECTED version's content may change. A submitted version is
-- frozen for its review; published, superseded and withdrawn versions are history that learners'
-- records point at. Status and review columns still change (approve, reject, supersede, withdraw).
-- ---------------------------------------------------------------------------------------------
create function course_version_is_editable(vid bigint) returns boolean language sql stable as $$
    select coalesce((select status in ('DRAFT', 'REJECTED') from course_version where id = vid), true)
$$;

create function course_content_guard() returns trigger language plpgsql as $$
declare
    vid bigint;
begin
    if tg_op = 'DELETE' then
        vid := old.version_id;
    else
        vid := new.version_id;
    end if;
    if not course_version_is_editable(vid)
       or (tg_op = 'UPDATE' and (old.version_id <> new.version_id or not course_version_is_editable(old.version_id))) then
        raise exception 'course version % is not a draft: its content cannot change', vid
            using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger course_chapter_guard before insert or update or delete on course_chapter
    for each row execute function course_content_guard();
create trigger course_lesson_guard before insert or update or delete on course_lesson
    for each row execute function course_content_guard();
create trigger course_question_guard before insert or update or delete on course_question
    for each row execute function course_content_guard();
create trigger course_version_industry_guard before insert or update or delete on course_version_industry
    for each row execute function course_content_guard();
create trigger course_version_post_kind_guard before insert or update or delete on course_version_post_kind
    for each row execute function course_content_guard();

create function course_version_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status not in ('DRAFT', 'REJECTED') then
            raise exception 'course version % is % and cannot be deleted', old.id, old.status
                using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status not in ('DRAFT', 'REJECTED')
       and (new.course_id, new.number, new.title, new.summary, new.cover_key, new.training_type,
            new.declared_hours, new.pass_mark, new.based_on_id)
           is distinct from
           (old.course_id, old.number, old.title, old.summary, old.cover_key, old.training_type,
            old.declared_hours, old.pass_mark, old.based_on_id) then
        raise exception 'course version % is %: its content cannot change', old.id, old.status
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger course_version_content_guard before update or delete on course_version
    for each row execute function course_version_guard();
