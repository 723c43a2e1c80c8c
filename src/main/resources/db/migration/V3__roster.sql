-- V3: roster imports (org.anxue.org.roster).
--
-- An uploaded .xlsx or .csv is read once, in the background, into roster_import_row: every row
-- with what the file said and, for a valid row, what it resolves to (department, post, dates).
-- That is the per-row report the admin sees, and the staging area the import is committed from:
-- one transaction inserts people, employments and pending worker accounts from the valid rows,
-- so an import is all or nothing. Rows are written and read by plain JDBC (no Hibernate
-- entities), so ids are identity columns rather than the pooled sequences of V1.

create table roster_import (
    id               bigint       generated always as identity primary key,
    company_id       bigint       not null references company (id),
    created_by       bigint       not null references account (id),
    api_token_id     bigint       references api_token (id),
    file_name        varchar(255) not null,
    file_format      varchar(8)   not null check (file_format in ('XLSX', 'CSV')),
    file_size        bigint       not null,
    charset          varchar(16),                 -- CSV only: UTF-8 or GB18030
    status           varchar(16)  not null check (status in
                     ('VALIDATING', 'VALIDATED', 'IMPORTING', 'IMPORTED', 'FAILED', 'DISCARDED')),
    -- the current phase's progress, 0..1000 (reading the file, then inserting the rows)
    progress         integer      not null default 0 check (progress between 0 and 1000),
    total_rows       integer      not null default 0,   -- data rows read from the file
    error_rows       integer      not null default 0,   -- of which have problems
    valid_only       boolean,                           -- the admin's choice when committing
    imported_rows    integer,
    new_people       integer,
    new_accounts     integer,
    failure_key      varchar(64),                       -- message key in the roster bundle
    failure_args     text,                              -- its arguments, a JSON array of strings
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    finished_at      timestamptz
);
create index roster_import_company on roster_import (company_id, created_at desc);
create index roster_import_running on roster_import (updated_at) where status in ('VALIDATING', 'IMPORTING');

create table roster_import_row (
    import_id        bigint       not null references roster_import (id) on delete cascade,
    row_number       integer      not null,            -- as Excel numbers it (the header is row 1)
    -- what the file said, trimmed and cut to 200 characters
    name             varchar(200),
    id_number        varchar(200),
    phone            varchar(200),
    department       varchar(200),
    post_kind        varchar(200),
    operation        varchar(200),
    post             varchar(200),
    start_date       varchar(200),
    -- null for a valid row; else a JSON array of problems {field, code, args}
    problems         text,
    -- what a valid row resolves to
    id_number_value  varchar(18),
    department_id    bigint,
    post_id          bigint,                           -- null: the company's standard post of the kind
    post_kind_value  varchar(24),
    operation_value  varchar(40),
    start_date_value date,
    primary key (import_id, row_number)
);
create index roster_import_row_problems on roster_import_row (import_id, row_number) where problems is not null;
