package org.anxue.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.http.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast playback signer signs exactly as the MinIO client does (S3 accepting it is shown by the pipeline tests). */
class SigV4PresignerTests {

    private static final Pattern AMZ_DATE = Pattern.compile("X-Amz-Date=(\\d{8}T\\d{6}Z)");

    @ParameterizedTest
    @ValueSource(strings = {"media/0b9c/hls/seg_00000.ts", "media/x/课程 一 (1).mp4", "a+b=c&d/~e_f.g-h"})
    void shouldProduceTheSameUrlAsTheMinioClient(String key) throws Exception {
        for (String endpoint : new String[] {"http://127.0.0.1:19000", "https://media.example.org"}) {
            MinioClient minio = MinioClient.builder().endpoint(endpoint).credentials("anxue-local", "s3cr3t/Key+x")
                    .region("us-east-1").build();
            String expected = minio.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.GET).bucket("anxue").object(key).expiry(600).build());
            Matcher date = AMZ_DATE.matcher(expected);
            assertThat(date.find()).isTrue();
            Instant signedAt = LocalDateTime.parse(date.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                    .toInstant(ZoneOffset.UTC);

            String ours = new SigV4Presigner(endpoint, "anxue-local", "s3cr3t/Key+x", "us-east-1", "anxue")
                    .presignGet(key, Duration.ofMinutes(10), signedAt);

            assertThat(ours).isEqualTo(expected);
        }
    }

    @Test
    void shouldKeepExpiryWithinWhatS3Accepts() {
        SigV4Presigner signer = new SigV4Presigner("http://127.0.0.1:19000", "k", "s", "us-east-1", "anxue");

        assertThat(signer.presignGet("a", Duration.ZERO, Instant.EPOCH)).contains("X-Amz-Expires=1&");
        assertThat(signer.presignGet("a", Duration.ofDays(30), Instant.EPOCH)).contains("X-Amz-Expires=604800&");
    }
}
