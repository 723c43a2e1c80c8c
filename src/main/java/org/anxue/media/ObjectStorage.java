package org.anxue.media;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The S3 client, and the private bucket made ready at startup. */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    @Produces
    @Singleton
    MinioClient minioClient(StorageConfig config) {
        return MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .build();
    }

    void onStart(@Observes StartupEvent event, MinioClient client, StorageConfig config) {
        try {
            ensureBucket(client, config);
        } catch (Exception e) {
            // Not fatal: readiness reports S3 DOWN, and creates the bucket once S3 answers.
            LOG.warnf("S3 at %s is not reachable yet (%s); readiness stays DOWN until it is",
                    config.endpoint(), e.getMessage());
        }
    }

    /** Creates the bucket if it is missing; S3 errors propagate. */
    static void ensureBucket(MinioClient client, StorageConfig config) throws Exception {
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
            LOG.infof("Created the private bucket '%s' at %s", config.bucket(), config.endpoint());
        }
    }
}
