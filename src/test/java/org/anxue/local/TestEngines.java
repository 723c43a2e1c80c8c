package org.anxue.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same embedded engines as the default run, started once per test JVM in a temporary
 * directory that is removed when the JVM exits. The engines live in a static field of this class,
 * so they are shared by every test that runs in the default profile. A Quarkus test profile loads
 * the test classes in a new class loader and would start a second set: prefer test resources or
 * configuration through fixtures over test profiles.
 */
public class TestEngines implements QuarkusTestResourceLifecycleManager {

    private static LocalEngines engines;
    private static Path dataDir;

    /** The running engines, so tests can stop and start one (readiness, recovery). */
    public static synchronized LocalEngines engines() {
        if (engines == null) {
            try {
                dataDir = Files.createTempDirectory("anxue-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> props = new HashMap<>();
            props.put(BootstrapSettings.DATA_DIR, dataDir.toString());
            props.put(BootstrapSettings.POSTGRES_PORT, "0");
            props.put(BootstrapSettings.S3_PORT, "0");
            props.put(BootstrapSettings.ELASTICSEARCH_PORT, "0");
            props.put(LocalEngines.DEMO_CONTENT, "false");
            engines = LocalEngines.startMissing(new BootstrapSettings(props, Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(TestEngines::stopAndClean, "test-engines-cleanup"));
        }
        return engines;
    }

    public static Path dataDir() {
        engines();
        return dataDir;
    }

    private static synchronized void stopAndClean() {
        engines.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }

    @Override
    public Map<String, String> start() {
        return engines().config();
    }

    @Override
    public void stop() {
        // The engines outlive one Quarkus instance; the shutdown hook stops them.
    }
}
