package org.anxue;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Let Anxue finish its own shutdown (closing connections) before the engines go. On a
            // signal, main never returns (Quarkus calls System.exit, which blocks during shutdown),
            // so wait for the application to stop rather than for main.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // Quarkus clears the current application once its shutdown has finished.
            while (Application.currentApplication() != null && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            engines.close();
        }, "anxue-engines-shutdown"));
        try {
            Quarkus.run(args);
        } finally {
            engines.close();
        }
    }
}
