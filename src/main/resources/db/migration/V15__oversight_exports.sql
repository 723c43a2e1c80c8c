-- V15: oversight exports (org.anxue.oversight.exports). A bureau's subsidy rates (补贴标准) per
-- certificate category, in whole yuan per person. A bureau without a row uses the defaults in
-- SubsidyRates (the plan's ranges: principal/safety manager 450–500, new special-operation
-- certificate 300–450, review 100; Anxue picks the lower bound of each range).
create table oversight_subsidy_rate (
    bureau_id    bigint       not null references bureau (id),
    category     varchar(32)  not null check (category in ('PRINCIPAL_MANAGER', 'NEW_SPECIAL_OPERATION', 'REVIEW')),
    amount_yuan  integer      not null check (amount_yuan between 0 and 100000),
    set_by       varchar(200) not null,
    set_at       timestamptz  not null default now(),
    primary key (bureau_id, category)
);

-- Background exports: 一人一档 (PERSON: one PDF) and 一企一档 (COMPANY: a ZIP of its current employees'
-- PDFs and a summary .xlsx), built by a worker thread and stored in S3 under exports/<id>/. A job belongs
-- to the bureau of the officer who asked; only that bureau sees it.
create table oversight_export_job (
    id            bigserial     primary key,
    bureau_id     bigint        not null references bureau (id),
    kind          varchar(16)   not null check (kind in ('PERSON', 'COMPANY')),
    subject_id    bigint        not null,
    subject_name  varchar(200)  not null,
    status        varchar(16)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress      integer       not null default 0 check (progress between 0 and 100),
    failure       varchar(1000),
    object_key    varchar(300),
    file_name     varchar(300),
    file_size     bigint,
    requested_by  varchar(200)  not null,
    requested_at  timestamptz   not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    check ((status = 'DONE') = (object_key is not null)),
    check ((status = 'FAILED') = (failure is not null))
);
create index oversight_export_job_bureau on oversight_export_job (bureau_id, requested_at desc);
