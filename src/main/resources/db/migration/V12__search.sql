-- V12: course search (org.anxue.search).
--
-- The outbox worker marks a course_outbox row as applied once Elasticsearch acknowledged it,
-- rather than deleting it: the catalog's history of changes stays readable and a replica that
-- crashes mid-batch leaves the rows pending. Applied rows older than the retention are purged.
-- A row that Elasticsearch refused waits (next_attempt_at) with exponential backoff.
alter table course_outbox add column applied_at      timestamptz;
alter table course_outbox add column attempts        integer      not null default 0;
alter table course_outbox add column next_attempt_at timestamptz  not null default '-infinity';
alter table course_outbox add column last_error      varchar(1000);
create index course_outbox_pending on course_outbox (id) where applied_at is null;
create index course_outbox_applied on course_outbox (applied_at) where applied_at is not null;

-- Full rebuilds of the course index: a new index is loaded from PostgreSQL, then the alias
-- switches to it. At most one runs at a time (the partial unique index); heartbeat_at lets another
-- replica take over a rebuild whose replica died.
create table search_rebuild (
    id            bigserial     primary key,
    index_name    varchar(100)  not null unique,
    status        varchar(16)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total         integer       not null default 0,
    done          integer       not null default 0,
    started_by    varchar(100)  not null,
    started_at    timestamptz   not null default clock_timestamp(),
    heartbeat_at  timestamptz   not null default clock_timestamp(),
    finished_at   timestamptz,
    error         varchar(2000)
);
create unique index search_rebuild_one_running on search_rebuild ((true)) where status = 'RUNNING';
