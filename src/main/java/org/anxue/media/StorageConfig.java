package org.anxue.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the video and material objects live: any S3 API (MinIO, AWS, the embedded S3Proxy). */
@ConfigMapping(prefix = "anxue.s3")
public interface StorageConfig {

    /** The S3 endpoint URL, e.g. http://minio:9000. Set by the embedded engine when not configured. */
    String endpoint();

    /** Access key of the S3 account. */
    String accessKey();

    /** Secret key of the S3 account. */
    String secretKey();

    /** The private bucket holding all of Anxue's objects; created at startup if missing. */
    @WithDefault("anxue")
    String bucket();

    /** The S3 region used for request signing. */
    @WithDefault("us-east-1")
    String region();
}
