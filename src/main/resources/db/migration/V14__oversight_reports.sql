-- ---------------------------------------------------------------------------------------------
-- Monthly reports (月度报告) and quarterly bulletins (季度通报) of a bureau: the figures as issued,
-- kept as a JSON snapshot so that later data changes never alter an issued report. Generating a
-- period again adds the next version; rows are never changed or deleted (trigger).
-- ---------------------------------------------------------------------------------------------
create table oversight_report (
    id              bigint        generated always as identity primary key,
    bureau_id       bigint        not null references bureau (id),
    kind            varchar(8)    not null check (kind in ('MONTH', 'QUARTER')),
    period_from     date          not null,
    period_until    date          not null check (period_until >= period_from),
    version         integer       not null check (version >= 1),
    generated_at    timestamptz   not null,
    generated_by    varchar(200)  not null,
    scheduled       boolean       not null default false,
    figures         jsonb         not null,
    unique (bureau_id, kind, period_from, version)
);
create index oversight_report_bureau on oversight_report (bureau_id, period_from desc, kind, version desc);

create function oversight_report_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'an issued report cannot be changed or deleted (report %)', old.id
        using errcode = 'check_violation';
end $$;

create trigger oversight_report_append_only before update or delete on oversight_report
    for each row execute function oversight_report_append_only();
