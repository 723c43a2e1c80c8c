package org.anxue.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.BucketExistsArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines started here stand in for a production PostgreSQL, MinIO and Elasticsearch: Anxue,
 * configured through environment variables only, must use them and start none of its own.
 */
class ExternalEnginesProcessTests {

    @TempDir
    Path externalDir;

    @TempDir
    Path anxueDataDir;

    @Test
    void shouldUseConfiguredEnginesAndStartNoEmbeddedOnes() throws Exception {
        Optional<Path> java21 = EmbeddedElasticsearch.findJava21(Optional.empty());
        Assumptions.assumeTrue(java21.isPresent(), "an external Elasticsearch stand-in needs Java 21+");
        try (LocalPostgres postgres = new LocalPostgres(externalDir.resolve("pg"), 0).start();
             LocalObjectStorage s3 = new LocalObjectStorage(externalDir.resolve("s3"), 0).start();
             ElasticsearchHandle es = new ElasticsearchHandle(new EmbeddedElasticsearch(java21.get(),
                     Path.of("deploy/embedded-elasticsearch/target/es-node/lib").toAbsolutePath(),
                     externalDir.resolve("es"), 0, "512m"))) {
            es.node().start();
            AnxueProcess app = AnxueProcess.withDataDir(anxueDataDir)
                    .env("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl())
                    .env("QUARKUS_DATASOURCE_USERNAME", "postgres")
                    .env("ANXUE_S3_ENDPOINT", s3.endpoint())
                    .env("ANXUE_S3_ACCESS_KEY", s3.accessKey())
                    .env("ANXUE_S3_SECRET_KEY", s3.secretKey())
                    .env("ANXUE_S3_BUCKET", "external-bucket")
                    .env("QUARKUS_ELASTICSEARCH_HOSTS", es.node().httpHost());
            try (app) {
                app.start().awaitReady(Duration.ofMinutes(3));
                assertThat(app.logContains("Engine PostgreSQL: external at " + postgres.jdbcUrl())).isTrue();
                assertThat(app.logContains("Engine S3: external at " + s3.endpoint())).isTrue();
                assertThat(app.logContains("Engine Elasticsearch: external at " + es.node().httpHost())).isTrue();

                try (Connection db = EngineProbe.postgres(postgres.port());
                     ResultSet migrations = db.createStatement()
                             .executeQuery("select count(*) from information_schema.tables where table_name = 'flyway_schema_history'")) {
                    migrations.next();
                    assertThat(migrations.getInt(1)).as("Anxue ran Flyway on the external database").isEqualTo(1);
                }
                assertThat(EngineProbe.s3(s3.endpoint(), s3.accessKey(), s3.secretKey())
                        .bucketExists(BucketExistsArgs.builder().bucket("external-bucket").build())).isTrue();
            }
        }
        assertThat(Files.exists(anxueDataDir.resolve("postgres"))).as("no embedded PostgreSQL").isFalse();
        assertThat(Files.exists(anxueDataDir.resolve("s3"))).as("no embedded S3").isFalse();
        assertThat(Files.exists(anxueDataDir.resolve("elasticsearch"))).as("no embedded Elasticsearch").isFalse();
    }

    /** Stops the stand-in node when the test ends, however it ends. */
    private record ElasticsearchHandle(EmbeddedElasticsearch node) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            node.stop();
        }
    }
}
