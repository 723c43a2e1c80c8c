-- org.anxue.media: resumable uploads to S3 and the processing of each uploaded video.

-- One presigned multipart upload. Its id is also the id of the media asset it becomes, and every
-- object of that asset lives under media/{id}/ in the bucket.
CREATE TABLE media_upload (
    id            uuid         PRIMARY KEY,
    object_key    text         NOT NULL UNIQUE,
    s3_upload_id  text,
    filename      text         NOT NULL,
    content_type  text         NOT NULL,
    declared_size bigint       NOT NULL CHECK (declared_size > 0),
    part_size     bigint       NOT NULL CHECK (part_size > 0),
    status        text         NOT NULL CHECK (status IN ('UPLOADING', 'COMPLETED', 'ABORTED', 'EXPIRED')),
    owner_id      text         NOT NULL,
    tenant_id     text,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);
CREATE INDEX media_upload_open ON media_upload (created_at) WHERE status = 'UPLOADING';

-- A completed upload and its processing job (probe, package as HLS, poster).
CREATE TABLE media_asset (
    id              uuid         PRIMARY KEY REFERENCES media_upload (id),
    owner_id        text         NOT NULL,
    tenant_id       text,
    filename        text         NOT NULL,
    source_key      text         NOT NULL,
    source_size     bigint       NOT NULL,
    state           text         NOT NULL CHECK (state IN ('QUEUED', 'PROBING', 'PACKAGING', 'READY', 'FAILED')),
    progress        integer      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    failure_code    text,
    failure_reason  text,
    duration_ms     bigint,
    container       text,
    video_codec     text,
    audio_codec     text,
    width           integer,
    height          integer,
    remuxed         boolean,
    poster_key      text,
    playlist_key    text,
    mp4_key         text,
    attempts        integer      NOT NULL DEFAULT 0,
    lease_owner     text,
    lease_until     timestamptz,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    ready_at        timestamptz
);
-- The workers' queue: new jobs, and running jobs whose worker stopped renewing its lease.
CREATE INDEX media_asset_pending ON media_asset (created_at) WHERE state IN ('QUEUED', 'PROBING', 'PACKAGING');
CREATE INDEX media_asset_owner ON media_asset (owner_id);
