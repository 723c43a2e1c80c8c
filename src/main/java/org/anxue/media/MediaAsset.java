package org.anxue.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded video and the state of its processing job. Same id as its {@link MediaUpload}. */
@Entity
@Table(name = "media_asset")
public class MediaAsset extends PanacheEntityBase {

    public enum State {
        QUEUED, PROBING, PACKAGING, READY, FAILED;

        public boolean finished() {
            return this == READY || this == FAILED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(nullable = false)
    public String filename;

    @Column(name = "source_key", nullable = false)
    public String sourceKey;

    @Column(name = "source_size", nullable = false)
    public long sourceSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** 0–100. */
    @Column(nullable = false)
    public int progress;

    /** Machine-readable reason of a failure (a {@link MediaRejected.Code} name or PROCESSING_ERROR). */
    @Column(name = "failure_code")
    public String failureCode;

    /** Human reason of a failure, Chinese / English. */
    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** ffprobe's format name of the source, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
    public String container;

    @Column(name = "video_codec")
    public String videoCodec;

    @Column(name = "audio_codec")
    public String audioCodec;

    /** Delivered picture size (after scaling and rotation). */
    public Integer width;

    public Integer height;

    /** true when the source streams were copied into HLS without re-encoding. */
    public Boolean remuxed;

    @Column(name = "poster_key")
    public String posterKey;

    @Column(name = "playlist_key")
    public String playlistKey;

    @Column(name = "mp4_key")
    public String mp4Key;

    /** How many times a worker has started this job. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    /** The common prefix of every object that belongs to this asset. */
    public static String prefix(UUID id) {
        return "media/" + id + "/";
    }
}
