package org.anxue.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The processing queue in PostgreSQL. A worker claims a job with a lease it keeps renewing; a job
 * whose lease ran out (its JVM died or was restarted) is claimed again by any replica, so jobs
 * survive restarts and never run twice at once.
 */
@ApplicationScoped
public class MediaJobs {

    private final EntityManager em;

    MediaJobs(EntityManager em) {
        this.em = em;
    }

    /** Claims the oldest queued job, or a running one whose lease expired. */
    @Transactional
    public Optional<MediaAsset> claimNext(String worker, Duration lease) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                SELECT id FROM media_asset
                WHERE (state = 'QUEUED' AND (lease_until IS NULL OR lease_until < :now))
                   OR (state IN ('PROBING', 'PACKAGING') AND lease_until < :now)
                ORDER BY created_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        MediaAsset asset = em.find(MediaAsset.class, ids.get(0));
        asset.state = MediaAsset.State.PROBING;
        asset.progress = 0;
        asset.attempts++;
        asset.leaseOwner = worker;
        asset.leaseUntil = now.plus(lease);
        asset.updatedAt = now;
        em.flush();
        em.detach(asset);
        return Optional.of(asset);
    }

    /** Records progress (and renews the lease) while this worker still holds the job. */
    @Transactional
    public boolean progress(UUID id, String worker, MediaAsset.State state, int progress, Duration lease) {
        return em.createQuery("""
                update MediaAsset set state = :state, progress = :progress, leaseUntil = :until, updatedAt = :now
                where id = :id and leaseOwner = :worker and state in (:running)""")
                .setParameter("state", state)
                .setParameter("progress", progress)
                .setParameter("until", Instant.now().plus(lease))
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("worker", worker)
                .setParameter("running", List.of(MediaAsset.State.PROBING, MediaAsset.State.PACKAGING))
                .executeUpdate() == 1;
    }

    /** Renews the leases of the jobs this worker is running. */
    @Transactional
    public void renew(Collection<UUID> ids, String worker, Duration lease) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update MediaAsset set leaseUntil = :until where id in (:ids) and leaseOwner = :worker")
                .setParameter("until", Instant.now().plus(lease))
                .setParameter("ids", ids)
                .setParameter("worker", worker)
                .executeUpdate();
    }

    /** What the probe found, recorded as packaging starts. */
    @Transactional
    public void probed(UUID id, VideoProbe.Video video, HlsPackager.Plan plan) {
        MediaAsset asset = em.find(MediaAsset.class, id);
        asset.durationMs = Math.round(video.durationSeconds() * 1000);
        asset.container = video.probe().formatName();
        asset.videoCodec = video.video().codec();
        asset.audioCodec = video.audio().map(ProbeResult.Stream::codec).orElse(null);
        asset.width = plan.width();
        asset.height = plan.height();
        asset.remuxed = plan.remux();
        asset.state = MediaAsset.State.PACKAGING;
        asset.updatedAt = Instant.now();
    }

    @Transactional
    public void ready(UUID id, HlsPackager.Packaged packaged) {
        MediaAsset asset = em.find(MediaAsset.class, id);
        asset.state = MediaAsset.State.READY;
        asset.progress = 100;
        asset.durationMs = Math.round(packaged.durationSeconds() * 1000);
        asset.playlistKey = packaged.playlistKey();
        asset.posterKey = packaged.posterKey();
        asset.mp4Key = packaged.mp4Key();
        asset.width = packaged.width();
        asset.height = packaged.height();
        asset.remuxed = packaged.remuxed();
        asset.leaseOwner = null;
        asset.leaseUntil = null;
        asset.readyAt = Instant.now();
        asset.updatedAt = asset.readyAt;
        asset.failureCode = null;
        asset.failureReason = null;
    }

    @Transactional
    public void failed(UUID id, String code, String reason) {
        MediaAsset asset = em.find(MediaAsset.class, id);
        asset.state = MediaAsset.State.FAILED;
        asset.failureCode = code;
        asset.failureReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        asset.playlistKey = null;
        asset.posterKey = null;
        asset.mp4Key = null;
        asset.leaseOwner = null;
        asset.leaseUntil = null;
        asset.updatedAt = Instant.now();
    }

    /**
     * Puts a job back in the queue after a passing failure (S3 unreachable, ...); a queued job
     * with a lease time is not claimed before that time.
     */
    @Transactional
    public void retryLater(UUID id, Duration delay) {
        MediaAsset asset = em.find(MediaAsset.class, id);
        asset.state = MediaAsset.State.QUEUED;
        asset.progress = 0;
        asset.leaseOwner = null;
        asset.leaseUntil = Instant.now().plus(delay);
        asset.updatedAt = Instant.now();
    }

    @Transactional
    public Optional<MediaAsset> find(UUID id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id));
    }
}
