package org.anxue.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The few settings that decide which engines to start. They are read before Quarkus (and its
 * configuration) exists, so they come from system properties or environment variables only, named
 * the way Quarkus maps them (anxue.data-dir = ANXUE_DATA_DIR).
 */
public record BootstrapSettings(Map<String, String> systemProperties, Map<String, String> environment) {

    /** Where the embedded engines keep their data. */
    public static final String DATA_DIR = "anxue.data-dir";
    /** Set to use an external PostgreSQL; unset starts the embedded one. */
    public static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Set to use an external S3 server (MinIO, AWS); unset starts the embedded S3Proxy. */
    public static final String S3_ENDPOINT = "anxue.s3.endpoint";
    /** Set to use external Elasticsearch hosts (host:port, comma separated); unset starts the embedded node. */
    public static final String ELASTICSEARCH_HOSTS = "quarkus.elasticsearch.hosts";
    /** A JDK 21+ for the embedded Elasticsearch node; unset looks under /usr/lib/jvm. */
    public static final String ELASTICSEARCH_JAVA_HOME = "anxue.local.elasticsearch.java-home";
    /** Where the embedded Elasticsearch node's jars are (built by deploy/embedded-elasticsearch). */
    public static final String ELASTICSEARCH_LIB_DIR = "anxue.local.elasticsearch.lib-dir";
    /** false skips the embedded Elasticsearch node: search then answers from PostgreSQL. */
    public static final String ELASTICSEARCH_ENABLED = "anxue.local.elasticsearch.enabled";
    /** Heap of the embedded Elasticsearch node. */
    public static final String ELASTICSEARCH_HEAP = "anxue.local.elasticsearch.heap";
    /** Ports of the embedded engines (0 picks a free one). */
    public static final String POSTGRES_PORT = "anxue.local.postgres.port";
    public static final String S3_PORT = "anxue.local.s3.port";
    public static final String ELASTICSEARCH_PORT = "anxue.local.elasticsearch.port";

    public static BootstrapSettings fromProcess() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new BootstrapSettings(Map.copyOf(props), System.getenv());
    }

    public Optional<String> get(String key) {
        String value = systemProperties.get(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public int port(String key, int defaultValue) {
        return get(key).map(Integer::parseInt).orElse(defaultValue);
    }

    public Path dataDir() {
        return Path.of(get(DATA_DIR, "data")).toAbsolutePath().normalize();
    }

    static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
