package org.anxue.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The bookkeeping columns every table has: when a row was created and last changed, and its version. */
@MappedSuperclass
public abstract class Tracked extends PanacheEntityBase {

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock: a change based on a stale copy fails instead of overwriting. */
    @Version
    @Column(nullable = false)
    public int version;
}
