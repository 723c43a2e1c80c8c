-- V18: background runs of oversight computations too long for a request (org.anxue.oversight.OversightRuns): a
-- large subtree's compliance dashboard (kind DASHBOARD, subject = the year; result = the dashboard as JSON) and
-- a large subtree's report (kind REPORT, subject = the period, e.g. 2026-10 or 2026-Q3; result = the id of the
-- issued report). Progress is written as the run goes; one run at a time per bureau, kind and subject.
create table oversight_run (
    id              bigint        generated always as identity primary key,
    bureau_id       bigint        not null references bureau (id),
    kind            varchar(16)   not null check (kind in ('DASHBOARD', 'REPORT')),
    subject         varchar(20)   not null,
    status          varchar(16)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    progress        integer       not null default 0 check (progress between 0 and 100),
    employments     integer       not null check (employments >= 0),
    requested_by    varchar(200)  not null,
    started_at      timestamptz   not null,
    finished_at     timestamptz,
    result          jsonb,
    failure         varchar(500),
    check ((status = 'DONE') = (result is not null)),
    check ((status = 'RUNNING') = (finished_at is null))
);
create unique index oversight_run_one_running on oversight_run (bureau_id, kind, subject) where status = 'RUNNING';
create index oversight_run_latest on oversight_run (bureau_id, kind, subject, id desc);
