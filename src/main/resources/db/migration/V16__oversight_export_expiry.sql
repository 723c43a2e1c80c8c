-- V16: retention of background exports (org.anxue.oversight.exports). A DONE job's file is deleted from S3
-- after anxue.oversight.exports.retention (default 7 days) and the job becomes EXPIRED with the time it
-- expired; like every status without a stored file, an EXPIRED job has no object_key (V15's check). The
-- sweep also empties exports/<id>/ of FAILED jobs once (a file stored before the job failed), and notes it
-- in storage_cleared_at so that it does not list the prefix again.
alter table oversight_export_job drop constraint oversight_export_job_status_check;
alter table oversight_export_job add constraint oversight_export_job_status_check
    check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED'));
alter table oversight_export_job add column expired_at timestamptz;
alter table oversight_export_job add column storage_cleared_at timestamptz;
alter table oversight_export_job add constraint oversight_export_job_expired_check
    check ((status = 'EXPIRED') = (expired_at is not null));
alter table oversight_export_job add constraint oversight_export_job_cleared_check
    check (storage_cleared_at is null or status = 'FAILED');
-- what the sweep looks for
create index oversight_export_job_done on oversight_export_job (finished_at) where status = 'DONE';
create index oversight_export_job_failed_uncleared on oversight_export_job (id)
    where status = 'FAILED' and storage_cleared_at is null;
