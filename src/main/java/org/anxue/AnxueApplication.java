package org.anxue;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.anxue.local.BootstrapSettings;
import org.anxue.local.LocalEngines;

/**
 * Starts the embedded engines that are not configured as external, then Anxue itself. The engines
 * stop after Anxue has shut down, on a normal exit as on Ctrl-C or SIGTERM.
 */
@QuarkusMain
public class AnxueApplication {

    /** Set once per JVM: dev mode calls main again on every hot reload. */
    private static final String STARTED = "org.anxue.engines-started";

    public static void main(String... args) {
        if (System.getProperty(STARTED) != null) {
            Quarkus.run(args);
            return;
        }
        System.setProperty(STARTED, "true");
        LocalEngines engines = LocalEngines.startMissing(BootstrapSettings.fromProcess());
        engines.config().forEach(System::setProperty);
        CountDownLatch anxueStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // Let Anxue finish its own shutdown (closing connections) before the engines go.
                anxueStopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            engines.close();
        }, "anxue-engines-shutdown"));
        try {
            Quarkus.run(args);
        } finally {
            anxueStopped.countDown();
            engines.close();
        }
    }
}
