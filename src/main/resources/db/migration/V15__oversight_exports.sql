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
