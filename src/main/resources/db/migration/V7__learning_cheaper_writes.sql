-- V7: cheaper heartbeat writes (org.anxue.learning.playback), measured with deploy/bench/heartbeats.sh.
--
-- * Heartbeat rows lose the check that their newly covered intervals add up to the credited time:
--   it called a SQL function for every row, and the study-time model already refuses such an
--   outcome before anything is written (HeartbeatOutcome's constructor).
-- * lesson_coverage.covered_ms becomes a plain column that the batch writes (the total of the
--   coverage it holds under the session's row lock) instead of a generated column computed by the
--   same function on every update.
-- * Tables updated by every batch leave room in each page (fillfactor 70), so that an update can
--   stay on its page without touching the indexes (a HOT update).

do $$
declare
    name text;
begin
    select conname into name from pg_constraint
     where conrelid = 'heartbeat'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%int8multirange_length%';
    if name is not null then
        execute format('alter table heartbeat drop constraint %I', name);
    end if;
end $$;

-- A new column rather than DROP EXPRESSION: PostgreSQL 14 keeps the generated column's automatic
-- dependency on the function after DROP EXPRESSION, so dropping the function would drop the column.
alter table lesson_coverage add column covered_total_ms bigint;
update lesson_coverage set covered_total_ms = covered_ms;
alter table lesson_coverage drop column covered_ms;
alter table lesson_coverage rename column covered_total_ms to covered_ms;
alter table lesson_coverage alter column covered_ms set not null;
alter table lesson_coverage add constraint lesson_coverage_covered_ms_check check (covered_ms >= 0);
drop function int8multirange_length(int8multirange);

alter table playback_session set (fillfactor = 70);
alter table lesson_coverage set (fillfactor = 70);
alter table daily_study_credit set (fillfactor = 70);
