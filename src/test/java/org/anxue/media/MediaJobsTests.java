package org.anxue.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The PostgreSQL job queue as several replicas use it at once. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaJobsTests {

    @Inject
    MediaJobs jobs;

    @Test
    void shouldGiveEachQueuedJobToExactlyOneOfManyConcurrentWorkers() throws Exception {
        // Queued but not yet claimable (a retry time in the future), so that all become claimable at once.
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(queued(Instant.now().plus(Duration.ofHours(1))));
        }
        QuarkusTransaction.requiringNew().run(() -> MediaAsset.update("leaseUntil = null where id in ?1", ids));

        ConcurrentLinkedQueue<UUID> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        for (int w = 0; w < 6; w++) {
            String worker = "replica-" + w;
            pool.execute(() -> {
                try {
                    start.await();
                    Optional<MediaAsset> job;
                    while ((job = jobs.claimNext(worker, Duration.ofMinutes(5))).isPresent()) {
                        claimed.add(job.get().id);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // The application's own worker may have taken some too: still, nobody took one twice.
        assertThat(claimed).doesNotHaveDuplicates();
        List<MediaAsset> rows = QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>list("id in ?1", ids));
        assertThat(rows).hasSize(24).allSatisfy(row -> assertThat(row.attempts).isEqualTo(1));
        assertThat(Set.copyOf(claimed)).isSubsetOf(ids);
    }

    @Test
    void shouldNotClaimARunningJobBeforeItsLeaseRunsOut() {
        UUID id = queued(null);
        Optional<MediaAsset> first = Optional.empty();
        for (int i = 0; i < 50 && first.isEmpty(); i++) {
            first = jobs.claimNext("replica-a", Duration.ofMinutes(5)).filter(job -> job.id.equals(id));
        }
        if (first.isEmpty()) {
            // The application's own worker got it first; its lease protects it the same way.
            assertThat(QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(id)).leaseOwner)
                    .startsWith("worker-");
        }

        for (int i = 0; i < 50; i++) {
            assertThat(jobs.claimNext("replica-b", Duration.ofMinutes(5)).map(job -> job.id)).isNotEqualTo(Optional.of(id));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(id)).attempts).isEqualTo(1);
    }

    /** A queued asset whose source does not exist (the app's worker fails it harmlessly if it wins). */
    private static UUID queued(Instant notBefore) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            MediaUpload upload = new MediaUpload();
            upload.id = id;
            upload.objectKey = MediaAsset.prefix(id) + "source.mp4";
            upload.filename = "queued.mp4";
            upload.contentType = "video/mp4";
            upload.declaredSize = 1;
            upload.partSize = 1;
            upload.status = MediaUpload.Status.COMPLETED;
            upload.ownerId = "queue-test";
            upload.createdAt = Instant.now();
            upload.updatedAt = upload.createdAt;
            upload.persist();
            MediaAsset asset = new MediaAsset();
            asset.id = id;
            asset.ownerId = "queue-test";
            asset.filename = upload.filename;
            asset.sourceKey = upload.objectKey;
            asset.sourceSize = 1;
            asset.state = MediaAsset.State.QUEUED;
            asset.leaseUntil = notBefore;
            asset.createdAt = Instant.now();
            asset.updatedAt = asset.createdAt;
            asset.persist();
        });
        return id;
    }
}
