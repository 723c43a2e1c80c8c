-- Company size for the plan's 生产加工型小微企业 target: the national 统计上大中小微型企业划分 category
-- (null = not recorded yet) and whether the company is a production/processing (生产加工型) enterprise.
alter table company
    add column scale                 varchar(8) check (scale in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    add column production_processing boolean    not null default false;

-- plan progress counts the small and micro production/processing companies of a subtree
create index company_scale_idx on company (bureau_id) where production_processing and scale in ('SMALL', 'MICRO');
