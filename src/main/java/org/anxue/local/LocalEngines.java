package org.anxue.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Starts the embedded engines that the configuration does not point elsewhere: PostgreSQL, an S3
 * server and an Elasticsearch node. The result is the configuration Quarkus needs to reach all
 * three, embedded or external, plus a line per engine saying which it is.
 */
public final class LocalEngines implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalEngines.class);

    /** Property keys that describe each engine for the startup log and the health checks. */
    public static final String POSTGRES_MODE = "anxue.engines.postgres";
    public static final String S3_MODE = "anxue.engines.s3";
    public static final String ELASTICSEARCH_MODE = "anxue.engines.elasticsearch";
    /** false when no Elasticsearch is available at all: search answers from PostgreSQL. */
    public static final String SEARCH_ENABLED = "anxue.search.elasticsearch-enabled";
    /** Whether the demo content pack is loaded when the database is empty. */
    public static final String DEMO_CONTENT = "anxue.content.demo";

    private final Map<String, String> config = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private LocalPostgres postgres;
    private LocalObjectStorage objectStorage;
    private volatile EmbeddedElasticsearch elasticsearch;

    private LocalEngines() {
    }

    /** Starts every engine not configured as external. On failure, stops what already started. */
    public static LocalEngines startMissing(BootstrapSettings settings) {
        LocalEngines engines = new LocalEngines();
        // The Elasticsearch node is its own JVM and the slowest to start: start it alongside the others.
        CompletableFuture<Void> search = CompletableFuture.runAsync(() -> {
            try {
                engines.startElasticsearch(settings);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        try {
            engines.startPostgres(settings);
            engines.startObjectStorage(settings);
            search.join();
            return engines;
        } catch (Exception e) {
            search.exceptionally(ignored -> null).join();
            engines.close();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("could not start the embedded engines: " + cause.getMessage(), cause);
        }
    }

    private void startPostgres(BootstrapSettings settings) throws Exception {
        Optional<String> external = settings.get(BootstrapSettings.JDBC_URL);
        if (external.isPresent()) {
            config.put(POSTGRES_MODE, "external at " + external.get());
            return;
        }
        Path dir = settings.dataDir().resolve("postgres");
        postgres = new LocalPostgres(dir, settings.port(BootstrapSettings.POSTGRES_PORT, 15432)).start();
        config.put(BootstrapSettings.JDBC_URL, postgres.jdbcUrl());
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("quarkus.datasource.password", "");
        config.put(POSTGRES_MODE, "embedded, listening on 127.0.0.1:" + postgres.port() + ", data in " + dir);
        config.putIfAbsent(DEMO_CONTENT, settings.get(DEMO_CONTENT, "true"));
        LOG.infof("PostgreSQL: %s", config.get(POSTGRES_MODE));
    }

    private void startObjectStorage(BootstrapSettings settings) throws Exception {
        Optional<String> external = settings.get(BootstrapSettings.S3_ENDPOINT);
        if (external.isPresent()) {
            config.put(S3_MODE, "external at " + external.get());
            return;
        }
        Path dir = settings.dataDir().resolve("s3");
        objectStorage = new LocalObjectStorage(dir, settings.port(BootstrapSettings.S3_PORT, 19000)).start();
        config.put(BootstrapSettings.S3_ENDPOINT, objectStorage.endpoint());
        config.put("anxue.s3.access-key", objectStorage.accessKey());
        config.put("anxue.s3.secret-key", objectStorage.secretKey());
        config.put(S3_MODE, "embedded S3Proxy, listening on " + objectStorage.endpoint() + ", objects in " + dir);
        LOG.infof("S3: %s", config.get(S3_MODE));
    }

    private void startElasticsearch(BootstrapSettings settings) throws Exception {
        Optional<String> external = settings.get(BootstrapSettings.ELASTICSEARCH_HOSTS);
        if (external.isPresent()) {
            config.put(ELASTICSEARCH_MODE, "external at " + external.get());
            config.put(SEARCH_ENABLED, "true");
            return;
        }
        if (!Boolean.parseBoolean(settings.get(BootstrapSettings.ELASTICSEARCH_ENABLED, "true"))) {
            disableSearch("the embedded node is switched off (" + BootstrapSettings.ELASTICSEARCH_ENABLED + "=false)");
            return;
        }
        Optional<String> configuredJava = settings.get(BootstrapSettings.ELASTICSEARCH_JAVA_HOME);
        Optional<Path> java = EmbeddedElasticsearch.findJava21(configuredJava);
        if (java.isEmpty()) {
            disableSearch(configuredJava
                    .map(home -> "no Java 21+ found: the configured " + home + " is not a JDK 21 or newer")
                    .orElse("no Java 21+ found (set ANXUE_LOCAL_ELASTICSEARCH_JAVA_HOME or install one under /usr/lib/jvm)"));
            return;
        }
        Path libDir = Path.of(settings.get(BootstrapSettings.ELASTICSEARCH_LIB_DIR,
                "deploy/embedded-elasticsearch/target/es-node/lib")).toAbsolutePath();
        if (!Files.isDirectory(libDir)) {
            disableSearch("the node is not built: " + libDir + " is missing (run deploy/embedded-elasticsearch/build.sh)");
            return;
        }
        Path dir = settings.dataDir().resolve("elasticsearch");
        elasticsearch = new EmbeddedElasticsearch(java.get(), libDir, dir,
                settings.port(BootstrapSettings.ELASTICSEARCH_PORT, 19200),
                settings.get(BootstrapSettings.ELASTICSEARCH_HEAP, "512m"));
        elasticsearch.start();
        config.put(BootstrapSettings.ELASTICSEARCH_HOSTS, elasticsearch.httpHost());
        config.put(SEARCH_ENABLED, "true");
        config.put(ELASTICSEARCH_MODE, "embedded node, listening on " + elasticsearch.httpHost() + ", data in " + dir);
        LOG.infof("Elasticsearch: %s", config.get(ELASTICSEARCH_MODE));
    }

    private void disableSearch(String why) {
        config.put(SEARCH_ENABLED, "false");
        config.put(ELASTICSEARCH_MODE, "unavailable: " + why + "; search answers from PostgreSQL");
        LOG.warnf("Elasticsearch: %s", config.get(ELASTICSEARCH_MODE));
    }

    /** The configuration that points Quarkus at the engines. */
    public Map<String, String> config() {
        synchronized (config) {
            return Map.copyOf(config);
        }
    }

    public Optional<LocalPostgres> postgres() {
        return Optional.ofNullable(postgres);
    }

    public Optional<LocalObjectStorage> objectStorage() {
        return Optional.ofNullable(objectStorage);
    }

    public Optional<EmbeddedElasticsearch> elasticsearch() {
        return Optional.ofNullable(elasticsearch);
    }

    /** Stops the embedded engines, search first, the database last. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (elasticsearch != null) {
            try {
                elasticsearch.stop();
            } catch (Exception e) {
                LOG.warnf("stopping Elasticsearch: %s", e.getMessage());
            }
            elasticsearch = null;
        }
        if (objectStorage != null) {
            try {
                objectStorage.close();
            } catch (Exception e) {
                LOG.warnf("stopping S3: %s", e.getMessage());
            }
            objectStorage = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                LOG.warnf("stopping PostgreSQL: %s", e.getMessage());
            }
            postgres = null;
        }
    }
}
