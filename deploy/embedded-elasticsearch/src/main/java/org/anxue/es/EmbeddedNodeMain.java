package org.anxue.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs one Elasticsearch node as a child process of the application.
 *
 * <pre>
 * java -cp 'lib/*' org.anxue.es.EmbeddedNodeMain --home DIR [--data DIR] [--http-port N]
 *      [--cluster-name NAME] [--node-name NAME] [-Ekey=value ...] [--no-stdin-watch]
 * </pre>
 *
 * <p>Each option may also be given as a system property: {@code anxue.es.home},
 * {@code anxue.es.data} (default {@code <home>/data}), {@code anxue.es.http-port} (default 0,
 * any free port), {@code anxue.es.cluster-name} (default {@code anxue}),
 * {@code anxue.es.node-name}, {@code anxue.es.watch-stdin} (default true).
 *
 * <p>Protocol with the parent process:
 * <ul>
 *   <li>once the node serves HTTP, exactly one line {@code ANXUE-ES-READY http=127.0.0.1:<port>}
 *       is printed on stdout (log lines also go to stdout);</li>
 *   <li>SIGTERM closes the node cleanly;</li>
 *   <li>end of stdin (the parent closed the pipe or died, even by SIGKILL) closes the node
 *       and ends the process;</li>
 *   <li>{@code <data>/anxue-es.pid} holds this process's pid while it runs, so that a later
 *       start can find and end a process that was left behind.</li>
 * </ul>
 */
public final class EmbeddedNodeMain {

    public static final String READY_PREFIX = "ANXUE-ES-READY http=";
    public static final String PID_FILE = "anxue-es.pid";

    private EmbeddedNodeMain() {
    }

    /** Parsed command line. */
    record Options(EmbeddedNode.Config config, boolean watchStdin) {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: java -cp 'lib/*' " + EmbeddedNodeMain.class.getName()
                    + " --home DIR [--data DIR] [--http-port N] [--cluster-name NAME] [--node-name NAME]"
                    + " [-Ekey=value ...] [--no-stdin-watch]");
            System.exit(2);
            return;
        }
        NodeLogging.configure(options.config().extra().getOrDefault("logger.level", "INFO"));
        Logger logger = LogManager.getLogger(EmbeddedNodeMain.class);

        Path pidFile = options.config().data().resolve(PID_FILE);
        long pid = ProcessHandle.current().pid();
        AtomicReference<EmbeddedNode> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedNode node = running.getAndSet(null);
            if (node != null) {
                logger.info("stopping the node");
                try {
                    node.close();
                } catch (IOException | RuntimeException e) {
                    logger.error("failed to close the node", e);
                }
            }
            deletePidFile(pidFile, pid);
            stopped.countDown();
            NodeLogging.shutdown();
        }, "anxue-es-shutdown"));

        try {
            Files.createDirectories(options.config().data());
            Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            logger.error("cannot write the pid file {}", pidFile, e);
            System.exit(1);
        }

        if (options.watchStdin()) {
            startStdinWatcher(logger);
        }

        long startNanos = System.nanoTime();
        EmbeddedNode node;
        try {
            node = EmbeddedNode.start(options.config());
        } catch (Throwable e) {
            logger.error("the node failed to start", e);
            System.exit(1);
            return;
        }
        running.set(node);
        logger.info("node started in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        System.out.println(READY_PREFIX + node.httpHost());
        System.out.flush();

        // Elasticsearch's threads are daemon threads: keep the JVM alive until the shutdown hook ran.
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the process when stdin reaches end of file, i.e. when the parent process is gone. */
    private static void startStdinWatcher(Logger logger) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            InputStream in = System.in;
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored: only the end of the stream matters.
                }
                logger.info("stdin closed: the launching process is gone, stopping");
            } catch (IOException e) {
                logger.warn("reading stdin failed, stopping", e);
            }
            System.exit(0);
        }, "anxue-es-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void deletePidFile(Path pidFile, long pid) {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile, StandardCharsets.US_ASCII).trim().equals(Long.toString(pid))) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            // Best effort: a stale pid file is checked against the live process by the launcher.
        }
    }

    static Options parse(String[] args) {
        String home = System.getProperty("anxue.es.home");
        String data = System.getProperty("anxue.es.data");
        String httpPort = System.getProperty("anxue.es.http-port", "0");
        String clusterName = System.getProperty("anxue.es.cluster-name", "anxue");
        String nodeName = System.getProperty("anxue.es.node-name", "anxue-es");
        boolean watchStdin = Boolean.parseBoolean(System.getProperty("anxue.es.watch-stdin", "true"));
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-E")) {
                int eq = arg.indexOf('=');
                if (eq < 3) {
                    throw new IllegalArgumentException("expected -Ekey=value, got " + arg);
                }
                extra.put(arg.substring(2, eq), arg.substring(eq + 1));
                continue;
            }
            if (arg.equals("--no-stdin-watch")) {
                watchStdin = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--home" -> home = value;
                case "--data" -> data = value;
                case "--http-port" -> httpPort = value;
                case "--cluster-name" -> clusterName = value;
                case "--node-name" -> nodeName = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("--home is required");
        }
        Path homePath = Path.of(home).toAbsolutePath();
        Path dataPath = data == null ? homePath.resolve("data") : Path.of(data).toAbsolutePath();
        int port;
        try {
            port = Integer.parseInt(httpPort.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--http-port must be a number, got " + httpPort);
        }
        return new Options(new EmbeddedNode.Config(homePath, dataPath, port, clusterName, nodeName, extra), watchStdin);
    }
}
