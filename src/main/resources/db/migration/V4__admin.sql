-- V4: the bureaus' decisions on training institutions and companies (org.anxue.org.admin).
--
-- A decision is history: one row per approval or rejection, with who made it (the account, and
-- the API token when one was used), when, the status it moved the subject from, and the reason.
-- Rows are never updated or deleted (a trigger refuses both); the subject's own status column
-- says where it stands now.

create sequence approval_decision_seq increment by 50;

create table approval_decision (
    id               bigint       primary key,
    company_id       bigint       references company (id),
    institution_id   bigint       references institution (id),
    decision         varchar(16)  not null check (decision in ('APPROVED', 'REJECTED')),
    previous_status  varchar(16)  not null check (previous_status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED')),
    reason           varchar(500),
    decided_by       bigint       not null references account (id),
    api_token_id     bigint       references api_token (id),
    decided_at       timestamptz  not null default now(),
    -- exactly one subject
    check ((company_id is null) <> (institution_id is null)),
    -- a rejection always says why
    check (decision = 'APPROVED' or (reason is not null and length(btrim(reason)) > 0))
);
create index approval_decision_company on approval_decision (company_id, decided_at) where company_id is not null;
create index approval_decision_institution on approval_decision (institution_id, decided_at) where institution_id is not null;

create function approval_decision_is_history() returns trigger language plpgsql as $$
begin
    raise exception 'approval decision %: decisions are history and cannot be changed or deleted', old.id;
end $$;

create trigger approval_decision_append_only before update or delete on approval_decision
    for each row execute function approval_decision_is_history();

-- Pending lists: what waits for a decision, by bureau.
create index company_pending on company (bureau_id) where approval_status = 'PENDING';
create index institution_pending on institution (approving_bureau_id) where status = 'PENDING';
