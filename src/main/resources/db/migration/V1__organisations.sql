-- V1: organisations, people, employment, accounts and API tokens (issue 3's model).
--
-- Conventions: ids come from one sequence per table, incremented by 50 so that Hibernate can hand
-- out ids in blocks (its allocationSize must stay 50); enums are stored as their Java names and
-- checked here; every row carries created_at, updated_at and an optimistic-lock version.

-- ---------------------------------------------------------------------------------------------
-- Bureaus: the jurisdiction tree (province?) → city → district / county / county-level city / zone.
-- path is a materialized path of ids from the root, '/1/51/', kept by triggers, so that a subtree
-- is one index range scan: path like '/1/%'.
-- ---------------------------------------------------------------------------------------------
create sequence bureau_seq increment by 50;

create table bureau (
    id          bigint       primary key,
    code        varchar(32)  not null unique,      -- administrative division code, e.g. 331002
    name        varchar(100) not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'DISTRICT', 'COUNTY', 'COUNTY_CITY', 'ZONE')),
    parent_id   bigint       references bureau (id),
    path        varchar(500) not null unique,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    check (parent_id is null or parent_id <> id)
);
create index bureau_path_prefix on bureau (path varchar_pattern_ops);
create index bureau_parent on bureau (parent_id);

create function bureau_set_path() returns trigger language plpgsql as $$
declare
    parent_path varchar(500);
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
    else
        select path into parent_path from bureau where id = new.parent_id;
        if parent_path is null then
            raise exception 'bureau %: parent % does not exist', new.id, new.parent_id;
        end if;
        if tg_op = 'UPDATE' and parent_path like old.path || '%' then
            raise exception 'bureau % cannot be moved under its own subtree', new.id;
        end if;
        new.path := parent_path || new.id || '/';
    end if;
    return new;
end $$;

create trigger bureau_path_on_write before insert or update of parent_id on bureau
    for each row execute function bureau_set_path();

-- A bureau that moves takes its subtree along.
create function bureau_move_subtree() returns trigger language plpgsql as $$
begin
    update bureau set path = new.path || substr(path, length(old.path) + 1)
     where path like old.path || '_%';
    return null;
end $$;

create trigger bureau_subtree_on_move after update of parent_id on bureau
    for each row when (old.path is distinct from new.path) execute function bureau_move_subtree();

-- ---------------------------------------------------------------------------------------------
-- Companies (生产经营单位) under a bureau's jurisdiction.
-- ---------------------------------------------------------------------------------------------
create sequence company_seq increment by 50;

create table company (
    id               bigint       primary key,
    credit_code      varchar(18)  not null unique
                     check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    name             varchar(200) not null,
    industry         varchar(32)  not null check (industry in
                     ('CHEMICAL', 'NON_COAL_MINE', 'METAL_SMELTING', 'FIREWORKS', 'COAL_MINE', 'INDUSTRY_TRADE', 'OTHER')),
    risk_tier        varchar(16)  not null check (risk_tier in ('HIGH_RISK', 'MAJOR', 'GENERAL')),
    bureau_id        bigint       not null references bureau (id),
    address          varchar(300),
    contact_phone    varchar(32),
    approval_status  varchar(16)  not null check (approval_status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED')),
    approval_note    varchar(500),
    approved_at      timestamptz,
    approved_by      bigint,                       -- account; foreign key added below
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          integer      not null default 0,
    -- high-risk industries are always in the high-risk tier, and only they are
    check ((industry in ('CHEMICAL', 'NON_COAL_MINE', 'METAL_SMELTING', 'FIREWORKS', 'COAL_MINE')) = (risk_tier = 'HIGH_RISK'))
);
create index company_bureau on company (bureau_id);
create index company_name on company (name);

-- ---------------------------------------------------------------------------------------------
-- Training institutions (培训机构), licensed by a bureau.
-- ---------------------------------------------------------------------------------------------
create sequence institution_seq increment by 50;

create table institution (
    id                  bigint       primary key,
    name                varchar(200) not null,
    licence_number      varchar(64)  not null unique,
    credit_code         varchar(18)  unique
                        check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    approving_bureau_id bigint       not null references bureau (id),
    status              varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED')),
    address             varchar(300),
    contact_phone       varchar(32),
    approved_at         timestamptz,
    approved_by         bigint,                    -- account; foreign key added below
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create index institution_bureau on institution (approving_bureau_id);

-- ---------------------------------------------------------------------------------------------
-- Departments (nested) and posts inside a company. (id, company_id) pairs are unique so that
-- rows pointing at a department or post can also require it to be of the same company.
-- ---------------------------------------------------------------------------------------------
create sequence department_seq increment by 50;

create table department (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    parent_id   bigint,
    name        varchar(100) not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    unique (id, company_id),
    foreign key (parent_id, company_id) references department (id, company_id)
);
create unique index department_name on department (company_id, coalesce(parent_id, 0), name);

create sequence post_seq increment by 50;

create table post (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    name        varchar(100) not null,
    kind        varchar(24)  not null check (kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION', 'GENERAL')),
    operation   varchar(40)  check (operation in
                ('LOW_VOLTAGE_ELECTRICIAN', 'HIGH_VOLTAGE_ELECTRICIAN', 'EXPLOSION_PROOF_ELECTRICAL', 'FUSION_WELDING',
                 'PRESSURE_WELDING', 'BRAZING', 'SCAFFOLDING', 'WORK_AT_HEIGHT', 'REFRIGERATION_OPERATION',
                 'REFRIGERATION_REPAIR', 'COAL_MINE', 'METAL_NONMETAL_MINE', 'OIL_GAS', 'METALLURGY',
                 'HAZARDOUS_CHEMICAL', 'FIREWORKS')),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    unique (company_id, name),
    unique (id, company_id),
    -- a special-operation post names its operation; no other post does
    check ((kind = 'SPECIAL_OPERATION') = (operation is not null))
);

-- ---------------------------------------------------------------------------------------------
-- People, keyed by the 居民身份证号 (validated in org.anxue.org.IdentityNumber; the pattern here is
-- the last line of defence). gender and birth_date are read from the number.
-- ---------------------------------------------------------------------------------------------
create sequence person_seq increment by 50;

create table person (
    id          bigint       primary key,
    id_number   varchar(18)  not null unique check (id_number ~ '^[1-9][0-9]{16}[0-9X]$'),
    name        varchar(50)  not null,
    gender      varchar(8)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date  date         not null,
    phone       varchar(20),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0
);

-- ---------------------------------------------------------------------------------------------
-- Employment: a person in a post of a company, from start_date to end_date (open while null).
-- Rows are never deleted: ending an employment sets end_date, so history is kept. post_kind and
-- operation keep what the post was when the employment started.
-- ---------------------------------------------------------------------------------------------
create sequence employment_seq increment by 50;

create table employment (
    id             bigint       primary key,
    person_id      bigint       not null references person (id),
    company_id     bigint       not null references company (id),
    post_id        bigint       not null,
    post_kind      varchar(24)  not null check (post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION', 'GENERAL')),
    operation      varchar(40),
    department_id  bigint,
    start_date     date         not null,
    end_date       date,
    end_reason     varchar(200),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    foreign key (post_id, company_id) references post (id, company_id),
    foreign key (department_id, company_id) references department (id, company_id),
    check (end_date is null or end_date >= start_date),
    check ((post_kind = 'SPECIAL_OPERATION') = (operation is not null))
);
-- at most one open employment of a person with the same company
create unique index employment_open on employment (person_id, company_id) where end_date is null;
create index employment_person on employment (person_id);
create index employment_company_open on employment (company_id) where end_date is null;

-- ---------------------------------------------------------------------------------------------
-- Accounts: one role each, bound to its tenant. Workers are bound to their person (their account
-- follows them across employers); admins to their company, institution or bureau; the platform
-- admin to none. password_hash is bcrypt (modular crypt format), null until a worker activates.
-- ---------------------------------------------------------------------------------------------
create sequence account_seq increment by 50;

create table account (
    id                     bigint       primary key,
    username               varchar(64)  not null,
    password_hash          varchar(100),
    role                   varchar(24)  not null check (role in
                           ('WORKER', 'COMPANY_ADMIN', 'INSTITUTION_ADMIN', 'BUREAU_OFFICER', 'PLATFORM_ADMIN')),
    display_name           varchar(100),           -- admins; a worker is shown by their person's name
    status                 varchar(24)  not null check (status in ('PENDING_ACTIVATION', 'ACTIVE', 'DISABLED')),
    person_id              bigint       references person (id),
    company_id             bigint       references company (id),
    institution_id         bigint       references institution (id),
    bureau_id              bigint       references bureau (id),
    failed_logins          integer      not null default 0,
    locked_until           timestamptz,
    last_login_at          timestamptz,
    activation_code_hash   varchar(100),           -- one-time code a company admin hands to a worker
    activation_expires_at  timestamptz,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                integer      not null default 0,
    check (status <> 'ACTIVE' or password_hash is not null),
    check (role = 'WORKER' or display_name is not null),
    check (case role
        when 'WORKER' then person_id is not null and company_id is null and institution_id is null and bureau_id is null
        when 'COMPANY_ADMIN' then company_id is not null and institution_id is null and bureau_id is null
        when 'INSTITUTION_ADMIN' then institution_id is not null and company_id is null and bureau_id is null
        when 'BUREAU_OFFICER' then bureau_id is not null and company_id is null and institution_id is null
        when 'PLATFORM_ADMIN' then company_id is null and institution_id is null and bureau_id is null
    end)
);
create unique index account_username on account (lower(username));
create unique index account_worker_person on account (person_id) where role = 'WORKER';
create index account_company on account (company_id) where company_id is not null;
create index account_institution on account (institution_id) where institution_id is not null;
create index account_bureau on account (bureau_id) where bureau_id is not null;

alter table company add foreign key (approved_by) references account (id);
alter table institution add foreign key (approved_by) references account (id);

-- ---------------------------------------------------------------------------------------------
-- API tokens for machine clients (a company's HR system). Only a SHA-256 hash of the secret is
-- kept; prefix is its first characters, to tell tokens apart in lists. A token acts with role on
-- its tenant (same binding rules as accounts; never a worker) and stops working once revoked or
-- expired. created_by is the admin who made it.
-- ---------------------------------------------------------------------------------------------
create sequence api_token_seq increment by 50;

create table api_token (
    id              bigint       primary key,
    name            varchar(100) not null,
    token_hash      varchar(64)  not null unique,
    prefix          varchar(16)  not null,
    role            varchar(24)  not null check (role in ('COMPANY_ADMIN', 'INSTITUTION_ADMIN', 'BUREAU_OFFICER', 'PLATFORM_ADMIN')),
    company_id      bigint       references company (id),
    institution_id  bigint       references institution (id),
    bureau_id       bigint       references bureau (id),
    created_by      bigint       not null references account (id),
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    revoked_by      bigint       references account (id),
    version         integer      not null default 0,
    check (case role
        when 'COMPANY_ADMIN' then company_id is not null and institution_id is null and bureau_id is null
        when 'INSTITUTION_ADMIN' then institution_id is not null and company_id is null and bureau_id is null
        when 'BUREAU_OFFICER' then bureau_id is not null and company_id is null and institution_id is null
        when 'PLATFORM_ADMIN' then company_id is null and institution_id is null and bureau_id is null
    end),
    check ((revoked_at is null) = (revoked_by is null))
);
create index api_token_company on api_token (company_id) where company_id is not null;
create index api_token_institution on api_token (institution_id) where institution_id is not null;
create index api_token_bureau on api_token (bureau_id) where bureau_id is not null;
