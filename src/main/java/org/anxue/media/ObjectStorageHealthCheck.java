package org.anxue.media;

import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the S3 server answers and the bucket exists. */
@Readiness
@ApplicationScoped
public class ObjectStorageHealthCheck implements HealthCheck {

    private final MinioClient client;
    private final StorageConfig config;

    ObjectStorageHealthCheck(MinioClient client, StorageConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("S3 object storage")
                .withData("endpoint", config.endpoint())
                .withData("bucket", config.bucket());
        try {
            ObjectStorage.ensureBucket(client, config);
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
