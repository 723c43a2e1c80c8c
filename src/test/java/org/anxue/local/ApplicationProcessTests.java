package org.anxue.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application on its embedded engines, started, stopped and killed the way users and
 * operators do it. Runs after `package` (failsafe, in mvn verify).
 */
class ApplicationProcessTests {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    @Test
    void shouldBootOnEmbeddedEnginesAndKeepDataAcrossRestart() throws Exception {
        boolean withElasticsearch = EngineProbe.javaForElasticsearchExists();
        AnxueProcess app = AnxueProcess.withDataDir(dataDir);
        int pgPort = Integer.parseInt(app.env("ANXUE_LOCAL_POSTGRES_PORT"));
        int s3Port = Integer.parseInt(app.env("ANXUE_LOCAL_S3_PORT"));
        int esPort = Integer.parseInt(app.env("ANXUE_LOCAL_ELASTICSEARCH_PORT"));
        String es = "http://127.0.0.1:" + esPort;
        try (app) {
            app.start().awaitReady(READY_TIMEOUT);
            assertThat(app.logContains("Engine PostgreSQL: embedded, listening on 127.0.0.1:" + pgPort)).isTrue();
            assertThat(app.logContains("Engine S3: embedded S3Proxy, listening on http://127.0.0.1:" + s3Port)).isTrue();
            assertThat(app.logContains(withElasticsearch
                    ? "Engine Elasticsearch: embedded node, listening on 127.0.0.1:" + esPort
                    : "Engine Elasticsearch: unavailable")).isTrue();

            try (Connection db = EngineProbe.postgres(pgPort)) {
                for (String durability : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                    try (ResultSet setting = db.createStatement().executeQuery("show " + durability)) {
                        setting.next();
                        assertThat(setting.getString(1)).as(durability).isEqualTo("on");
                    }
                }
                db.createStatement().execute("create table restart_marker (note text)");
                db.createStatement().execute("insert into restart_marker values ('written before the restart')");
            }
            EngineProbe.putText(EngineProbe.embeddedS3(dataDir, s3Port), "anxue", "markers/restart.txt", "kept");
            if (withElasticsearch) {
                assertThat(EngineProbe.http("PUT", es + "/restart-marker/_doc/1?refresh=true", "{\"note\":\"重启前写入\"}")
                        .statusCode()).isEqualTo(201);
            }

            app.stop();
            assertThat(EngineProbe.listening(pgPort)).as("PostgreSQL stopped with Anxue").isFalse();
            assertThat(EngineProbe.listening(s3Port)).as("S3 stopped with Anxue").isFalse();
            assertThat(EngineProbe.listening(esPort)).as("Elasticsearch stopped with Anxue").isFalse();

            app.start().awaitReady(READY_TIMEOUT);
            try (Connection db = EngineProbe.postgres(pgPort);
                 ResultSet rows = db.createStatement().executeQuery("select note from restart_marker")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("written before the restart");
            }
            assertThat(EngineProbe.getText(EngineProbe.embeddedS3(dataDir, s3Port), "anxue", "markers/restart.txt"))
                    .isEqualTo("kept");
            if (withElasticsearch) {
                assertThat(EngineProbe.http("GET", es + "/restart-marker/_doc/1", null).body()).contains("重启前写入");
            }
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("s3"))).isTrue();
    }

    @Test
    void shouldRecoverByItselfAfterKillNine() throws Exception {
        AnxueProcess app = AnxueProcess.withDataDir(dataDir);
        int pgPort = Integer.parseInt(app.env("ANXUE_LOCAL_POSTGRES_PORT"));
        try (app) {
            app.start().awaitReady(READY_TIMEOUT);
            app.kill();
            // The postmaster outlives the JVM (its parent becomes init) and keeps its lock file.
            assertThat(EngineProbe.listening(pgPort)).as("postmaster survived kill -9").isTrue();

            app.start().awaitReady(READY_TIMEOUT);
            assertThat(app.logContains("PostgreSQL from an earlier run is still alive")).isTrue();
            assertThat(app.get("/q/health/ready").body()).contains("\"status\": \"UP\"");
        }
        assertThat(EngineProbe.listening(pgPort)).isFalse();
    }

    @Test
    void shouldStartWithoutElasticsearchWhenNoJava21IsFound() throws Exception {
        AnxueProcess app = AnxueProcess.withDataDir(dataDir)
                .env("ANXUE_LOCAL_ELASTICSEARCH_JAVA_HOME", dataDir.resolve("no-such-jdk").toString());
        try (app) {
            app.start().awaitReady(READY_TIMEOUT);
            long warnings = app.log().stream()
                    .filter(line -> line.contains("WARN") && line.contains("Elasticsearch"))
                    .count();
            assertThat(warnings).as("one clear warning:\n" + app.tail(40)).isEqualTo(1);
            assertThat(app.logContains("no Java 21+ found")).isTrue();
            assertThat(app.get("/q/health/ready").body()).contains("search answers from PostgreSQL");
            assertThat(Files.exists(dataDir.resolve("elasticsearch"))).isFalse();
        }
    }
}
