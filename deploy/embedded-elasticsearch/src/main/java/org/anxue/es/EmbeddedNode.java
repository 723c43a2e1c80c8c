package org.anxue.es;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.anxue.es.analysis.AnxueAnalysisPlugin;
import org.anxue.es.guard.NativeCodecGuardPlugin;
import org.anxue.es.rest.AnxueRootPlugin;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.AnxueClasspathNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * One single-node Elasticsearch cluster running in the current JVM, bound to 127.0.0.1.
 *
 * <p>{@link EmbeddedNodeMain} wraps it for use as a child process; tests may use it directly.
 */
public final class EmbeddedNode implements Closeable {

    /** The classpath plugins every node loads. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class, AnxueAnalysisPlugin.class, AnxueRootPlugin.class, NativeCodecGuardPlugin.class);

    /**
     * What to start.
     *
     * @param home        {@code path.home}; {@code config/} below it holds synonym files
     * @param data        {@code path.data}
     * @param httpPort    HTTP port, 0 for any free port
     * @param clusterName {@code cluster.name}
     * @param nodeName    {@code node.name}
     * @param extra       further settings, applied last (they may override the defaults)
     */
    public record Config(Path home, Path data, int httpPort, String clusterName, String nodeName, Map<String, String> extra) {
        public Config {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(data, "data");
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("http port out of range: " + httpPort);
            }
            clusterName = clusterName == null || clusterName.isBlank() ? "anxue" : clusterName;
            nodeName = nodeName == null || nodeName.isBlank() ? "anxue-es" : nodeName;
            extra = Map.copyOf(extra == null ? Map.of() : extra);
        }

        public Config(Path home, Path data, int httpPort, String clusterName) {
            this(home, data, httpPort, clusterName, null, Map.of());
        }
    }

    private final Node node;
    private final TransportAddress httpAddress;

    private EmbeddedNode(Node node, TransportAddress httpAddress) {
        this.node = node;
        this.httpAddress = httpAddress;
    }

    /** The node settings for a configuration. */
    static Settings settings(Config config) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("path.home", config.home().toAbsolutePath().toString());
        values.put("path.data", config.data().toAbsolutePath().toString());
        values.put("cluster.name", config.clusterName());
        values.put("node.name", config.nodeName());
        values.put("discovery.type", "single-node");
        values.put("network.host", "127.0.0.1");
        values.put("http.port", Integer.toString(config.httpPort()));
        values.put("transport.port", "0");
        // A nearly full disk must not make indices read-only or block shard allocation.
        values.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        values.put("logger.level", "INFO");
        values.putAll(config.extra());
        return Settings.builder().loadFromMap(values).build();
    }

    /** Builds and starts a node and waits until it serves HTTP and its cluster state is recovered. */
    public static EmbeddedNode start(Config config) throws Exception {
        Settings settings = settings(config);
        NodeLogging.configure(settings.get("logger.level", "INFO"));
        Files.createDirectories(config.home().resolve("config"));
        Files.createDirectories(config.data());
        Environment environment = new Environment(settings, config.home().toAbsolutePath().resolve("config"));
        Node node = new AnxueClasspathNode(environment, PLUGINS);
        try {
            node.start();
            HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
            TransportAddress address = http.boundAddress().publishAddress();
            awaitYellow(node);
            return new EmbeddedNode(node, address);
        } catch (Exception | Error e) {
            try {
                node.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Waits for a master and for the primaries of existing indices, so that the first requests succeed. */
    private static void awaitYellow(Node node) {
        Logger logger = LogManager.getLogger(EmbeddedNode.class);
        ClusterHealthRequest request = new ClusterHealthRequest(TimeValue.timeValueSeconds(30))
                .waitForYellowStatus()
                .timeout(TimeValue.timeValueSeconds(30));
        ClusterHealthResponse health = node.client().admin().cluster().health(request).actionGet(40, TimeUnit.SECONDS);
        if (health.isTimedOut()) {
            logger.warn("cluster is still {} after 30 s; continuing", health.getStatus());
        }
    }

    public int httpPort() {
        return httpAddress.getPort();
    }

    /** The HTTP address as {@code host:port}. */
    public String httpHost() {
        return httpAddress.getAddress() + ":" + httpAddress.getPort();
    }

    public Node node() {
        return node;
    }

    @Override
    public void close() throws IOException {
        node.close();
        try {
            if (node.awaitClose(20, TimeUnit.SECONDS) == false) {
                LogManager.getLogger(EmbeddedNode.class).warn("node did not close within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
