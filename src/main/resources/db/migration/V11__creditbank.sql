-- V11: the credit bank (org.anxue.creditbank). One account per person (ID number), an append-only
-- hash-chained ledger, roots over all account heads, versioned policies per bureau, and issued
-- statements (学时证明) with their verification codes. The hash encoding is described in
-- org.anxue.creditbank.model (package-info); every hashed field is a plain column here.

-- ---------------------------------------------------------------------------------------------
-- Accounts: the head of each chain. Postings lock this row (select … for update), so that two
-- postings to one account are serialised and the chain never forks; the primary key of
-- credit_entry is the second line of defence.
-- ---------------------------------------------------------------------------------------------
create table credit_account (
    id_number      varchar(18)  primary key check (id_number ~ '^[0-9]{17}[0-9X]$'),
    head_sequence  bigint       not null default 0 check (head_sequence >= 0),
    head_hash      varchar(64)  not null,
    opened_at      timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Ledger entries: never updated, never deleted (the triggers below refuse it).
-- ---------------------------------------------------------------------------------------------
create table credit_entry (
    id_number          varchar(18)  not null references credit_account (id_number),
    sequence           bigint       not null check (sequence >= 1),
    kind               varchar(32)  not null check (kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED',
                       'EXAM_RESULT', 'CERTIFICATE', 'RECOGNITION', 'WAIVER', 'REVERSAL')),
    occurred_on        date         not null,
    source             varchar(200) not null,
    evidence_ref       text         not null,
    raw_hours          numeric(10, 2) not null,
    credited_hours     numeric(10, 2) not null,
    policy_id          varchar(100) not null,
    policy_version     integer      not null,
    posted_by          varchar(200) not null,
    posted_at          timestamptz  not null,
    -- the requirement it counts toward (all null for a certificate)
    period_type        varchar(16),
    period_from        date,
    period_until       date,
    period_subject     varchar(100),
    -- the kind's own fields (see the EntryDetails records)
    course_ref         varchar(100),   -- ONLINE: course; OFFLINE: course
    study_seconds      bigint,
    test_passed        boolean,
    test_attempt       varchar(100),
    class_ref          varchar(100),
    institution_ref    varchar(100),
    approved_by        varchar(200),   -- OFFLINE, RECOGNITION, WAIVER
    exam_ref           varchar(100),
    exam_passed        boolean,
    exam_score         numeric(6, 2),
    exam_site          varchar(200),
    certificate_number varchar(19),
    operation_type     varchar(100),
    issued_on          date,
    valid_until        date,
    review_dates       varchar(500),
    reason             varchar(1000),  -- RECOGNITION, WAIVER, REVERSAL
    reversed_sequence  bigint,
    reversed_hash      varchar(64),
    previous_hash      varchar(64)  not null,
    hash               varchar(64)  not null,
    primary key (id_number, sequence)
);
create index credit_entry_period on credit_entry (period_type, period_from);
create index credit_entry_attempt on credit_entry (test_attempt) where test_attempt is not null;

create function credit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'credit_entry is append-only: % refused (a mistaken entry is reversed by a new entry)', tg_op
        using errcode = 'P0001';
end $$;

create trigger credit_entry_no_update before update or delete on credit_entry
    for each row execute function credit_entry_refuse_change();
create trigger credit_entry_no_truncate before truncate on credit_entry
    for each statement execute function credit_entry_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Roots over all account heads (AccountHeadsTree), computed on a schedule and on demand, with
-- the heads behind each root so that a later verify detects truncated or re-hashed chains.
-- ---------------------------------------------------------------------------------------------
create sequence credit_root_seq;

create table credit_root (
    id           bigint       primary key default nextval('credit_root_seq'),
    root_hash    varchar(64)  not null,
    tree_size    bigint       not null,
    entries      bigint       not null,
    computed_at  timestamptz  not null,
    reason       varchar(16)  not null check (reason in ('SCHEDULED', 'ON_DEMAND'))
);

create table credit_root_head (
    root_id    bigint       not null references credit_root (id),
    id_number  varchar(18)  not null,
    sequence   bigint       not null,
    hash       varchar(64)  not null,
    primary key (root_id, id_number)
);

create trigger credit_root_no_update before update or delete on credit_root
    for each row execute function credit_entry_refuse_change();
create trigger credit_root_head_no_update before update or delete on credit_root_head
    for each row execute function credit_entry_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Policies: one policy per bureau (policy_id 'bureau-<id>'), in versions that never change; a
-- new version applies from its effective date. Requirements per post × tier × training type.
-- ---------------------------------------------------------------------------------------------
create table credit_policy (
    policy_id                   varchar(100) not null,
    version                     integer      not null check (version >= 1),
    bureau_id                   bigint       not null references bureau (id),
    effective_from              date         not null,
    minutes_per_hour            integer      not null check (minutes_per_hour > 0),
    online_conversion_ratio     numeric(6, 2) not null check (online_conversion_ratio >= 0),
    review_cycle_years          integer      not null,
    certificate_validity_years  integer      not null,
    note                        varchar(1000),
    created_by                  varchar(200) not null,
    created_at                  timestamptz  not null default now(),
    primary key (policy_id, version),
    unique (bureau_id, effective_from)
);

create table credit_policy_requirement (
    policy_id       varchar(100)  not null,
    version         integer       not null,
    post_kind       varchar(32)   not null,
    tier            varchar(16)   not null,
    training_type   varchar(16)   not null,
    required_hours  numeric(8, 2) not null check (required_hours >= 0),
    online_share    numeric(4, 2) not null check (online_share between 0 and 1),
    exam_required   boolean       not null,
    primary key (policy_id, version, post_kind, tier, training_type),
    foreign key (policy_id, version) references credit_policy (policy_id, version)
);

create trigger credit_policy_no_update before update or delete on credit_policy
    for each row execute function credit_entry_refuse_change();
create trigger credit_policy_requirement_no_update before update or delete on credit_policy_requirement
    for each row execute function credit_entry_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Issued statements. The statement is stored as issued (JSON of its figures; its entries are the
-- ledger rows it names by sequence) with its digest; only the status columns ever change.
-- ---------------------------------------------------------------------------------------------
create table credit_statement (
    code               varchar(18)  primary key,
    id_number          varchar(18)  not null references credit_account (id_number),
    period_type        varchar(16)  not null,
    period_from        date         not null,
    period_until       date         not null,
    period_subject     varchar(100) not null,
    post_kind          varchar(32)  not null,
    tier               varchar(16)  not null,
    content            text         not null,
    digest             varchar(64)  not null,
    issued_at          timestamptz  not null,
    issued_by          varchar(200) not null,
    status             varchar(16)  not null check (status in ('CURRENT', 'SUPERSEDED', 'REVOKED')),
    superseded_by      varchar(18),
    revocation_reason  varchar(1000),
    revoked_by         varchar(200),
    status_changed_at  timestamptz
);
create index credit_statement_person on credit_statement (id_number, period_type, period_from);
create unique index credit_statement_one_current on credit_statement
    (id_number, period_type, period_from, period_until, period_subject, post_kind, tier) where status = 'CURRENT';

-- ---------------------------------------------------------------------------------------------
-- Offline classes recorded by a training institution: course, dates, hours, attendees by ID number.
-- Their attendance is posted to the ledger once a bureau officer of the institution's approving
-- bureau (or above) approved the class; a rejected class posts nothing.
-- ---------------------------------------------------------------------------------------------
create sequence credit_offline_class_seq;

create table credit_offline_class (
    id              bigint        primary key default nextval('credit_offline_class_seq'),
    institution_id  bigint        not null references institution (id),
    course          varchar(200)  not null,
    training_type   varchar(16)   not null check (training_type in ('INITIAL', 'REFRESHER', 'REVIEW', 'PRE_JOB', 'ROUTINE')),
    starts_on       date          not null,
    ends_on         date          not null,
    hours           numeric(6, 2) not null check (hours > 0),
    status          varchar(16)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null default now(),
    checked_by      varchar(200),
    checked_at      timestamptz,
    check_note      varchar(1000),
    check (ends_on >= starts_on)
);
create index credit_offline_class_institution on credit_offline_class (institution_id);

create table credit_offline_attendee (
    class_id   bigint       not null references credit_offline_class (id),
    person_id  bigint       not null references person (id),
    primary key (class_id, person_id)
);
