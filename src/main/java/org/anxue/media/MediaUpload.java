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

/** One presigned multipart upload of a video straight to S3. */
@Entity
@Table(name = "media_upload")
public class MediaUpload extends PanacheEntityBase {

    public enum Status { UPLOADING, COMPLETED, ABORTED, EXPIRED }

    @Id
    public UUID id;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    /** The S3 UploadId; null only between the row's insert and CreateMultipartUpload. */
    @Column(name = "s3_upload_id")
    public String s3UploadId;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "declared_size", nullable = false)
    public long declaredSize;

    @Column(name = "part_size", nullable = false)
    public long partSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The uploading account (its principal name). */
    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    /** The uploader's tenant as {@code KIND:id}, when the identity carries one. */
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Parts needed for the declared size. */
    public int partCount() {
        return (int) ((declaredSize + partSize - 1) / partSize);
    }

    /** Exact size the given part must have: partSize, except the last one. */
    public long expectedPartSize(int partNumber) {
        return partNumber < partCount() ? partSize : declaredSize - partSize * (partCount() - 1L);
    }
}
