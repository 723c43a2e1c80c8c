-- V18: compliance dashboard snapshots (org.anxue.oversight.DashboardSnapshots). A city-wide dashboard takes
-- tens of seconds to compute, so for a large subtree it is computed in the background, with progress, and
-- the last one kept here is shown (with its time) until it is older than the configured age. One run at a
-- time per bureau and year.
create table oversight_dashboard (
    id              bigint        generated always as identity primary key,
    bureau_id       bigint        not null references bureau (id),
    year            integer       not null check (year between 2000 and 2200),
    status          varchar(16)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    progress        integer       not null default 0 check (progress between 0 and 100),
    employments     integer       not null check (employments >= 0),
    requested_by    varchar(200)  not null,
    started_at      timestamptz   not null,
    finished_at     timestamptz,
    dashboard       jsonb,
    failure         varchar(500),
    check ((status = 'DONE') = (dashboard is not null)),
    check ((status = 'RUNNING') = (finished_at is null))
);
create unique index oversight_dashboard_one_running on oversight_dashboard (bureau_id, year) where status = 'RUNNING';
create index oversight_dashboard_latest on oversight_dashboard (bureau_id, year, finished_at desc) where status = 'DONE';
