package org.anxue.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Runs the embedded Elasticsearch node ({@code deploy/embedded-elasticsearch}) as a child JVM.
 *
 * <p>The node is built separately (its jars are Java 21 bytecode under the Elastic License and
 * must not be on the application's classpath), so this class only needs the JDK: it starts
 * {@code java -cp <lib>/* org.anxue.es.EmbeddedNodeMain}, waits for the node's
 * {@code ANXUE-ES-READY http=127.0.0.1:<port>} line and exposes {@link #httpHost()}.
 *
 * <p>The child's stdin is a pipe that stays open while the node should run: when this JVM dies,
 * even by SIGKILL, the pipe closes and the node shuts itself down. The node writes its pid to
 * {@code <data dir>/anxue-es.pid}; {@link #start()} ends a process left behind by an earlier run
 * before it starts a new one.
 *
 * <p>Instances are thread-safe; {@link #start()} and {@link #stop()} may be called repeatedly.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    /** The node's main class in the node's own jar. */
    public static final String MAIN_CLASS = "org.anxue.es.EmbeddedNodeMain";
    /** Where {@code deploy/embedded-elasticsearch/build.sh} puts the node's classpath, relative to the repository root. */
    public static final Path DEFAULT_LIB_DIR = Path.of("deploy", "embedded-elasticsearch", "target", "es-node", "lib");
    public static final String DEFAULT_HEAP = "512m";
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** The file, in the data dir, holding the pid of the running node. */
    public static final String PID_FILE = "anxue-es.pid";

    static final String READY_PREFIX = "ANXUE-ES-READY http=";
    private static final Pattern READY_LINE = Pattern.compile(Pattern.quote(READY_PREFIX) + "(\\S+):(\\d+)");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
    private static final Pattern LOG_LEVEL = Pattern.compile("^\\[[^\\]]*\\]\\[(\\w+)\\s*\\]");
    private static final int TAIL_LINES = 60;

    private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class);

    private final Path javaHome;
    private final Path libDir;
    private final Path dataDir;
    private final Path homeDir;
    private final int httpPort;
    private final String heap;

    private final Deque<String> tail = new ArrayDeque<>();
    private volatile Process process;
    private List<Thread> readers = List.of();
    private volatile boolean stopping;
    private volatile String httpHost;
    private int lastBoundPort;

    /**
     * @param javaHome a JDK 21+ home (see {@link #findJava21(Optional)})
     * @param libDir   the node's classpath directory; {@code null} for {@link #defaultLibDir()}
     * @param dataDir  the node's data directory ({@code path.data}); created if missing
     * @param httpPort the HTTP port, 0 for any free port (kept across restarts once bound)
     * @param heap     the heap size such as {@code 512m}; {@code null} for {@link #DEFAULT_HEAP}
     */
    public EmbeddedElasticsearch(Path javaHome, Path libDir, Path dataDir, int httpPort, String heap) {
        this(javaHome, libDir, dataDir, null, httpPort, heap);
    }

    /**
     * Like {@link #EmbeddedElasticsearch(Path, Path, Path, int, String)} with an explicit node home
     * ({@code path.home}; its {@code config/} holds synonym files). By default it is
     * {@code <data dir>/home}.
     */
    public EmbeddedElasticsearch(Path javaHome, Path libDir, Path dataDir, Path homeDir, int httpPort, String heap) {
        this.javaHome = Objects.requireNonNull(javaHome, "javaHome").toAbsolutePath().normalize();
        this.libDir = (libDir == null ? defaultLibDir() : libDir).toAbsolutePath().normalize();
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.homeDir = (homeDir == null ? this.dataDir.resolve("home") : homeDir).toAbsolutePath().normalize();
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("http port out of range: " + httpPort);
        }
        this.httpPort = httpPort;
        this.heap = heap == null || heap.isBlank() ? DEFAULT_HEAP : heap.trim();
        if (!HEAP.matcher(this.heap).matches()) {
            throw new IllegalArgumentException("heap must look like 512m or 1g, got " + heap);
        }
    }

    /** A node with the default lib dir and heap. */
    public static EmbeddedElasticsearch create(Path javaHome, Path dataDir, int httpPort) {
        return new EmbeddedElasticsearch(javaHome, null, dataDir, httpPort, null);
    }

    /** {@link #DEFAULT_LIB_DIR} resolved against the current working directory. */
    public static Path defaultLibDir() {
        return Path.of("").toAbsolutePath().resolve(DEFAULT_LIB_DIR);
    }

    /**
     * The JDK home recorded by {@code build.sh} next to the lib dir ({@code es-node/java-home}),
     * if there is one.
     */
    public static Optional<String> builtJavaHome(Path libDir) {
        Path file = libDir.toAbsolutePath().getParent().resolve("java-home");
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Finds a JDK that can run the node (Java 21 or newer).
     *
     * <p>Order: the configured home (setting {@code anxue.local.elasticsearch.java-home} or env
     * {@code ANXUE_ES_JAVA_HOME}, passed in by the caller) if it is a JDK 21+; else the JVM running
     * this code if it is 21+; else the newest JDK 21+ under {@code /usr/lib/jvm}, judged by the
     * {@code JAVA_VERSION} of its {@code release} file.
     */
    public static Optional<Path> findJava21(Optional<String> configuredJavaHome) {
        return findJava21(configuredJavaHome, Path.of("/usr/lib/jvm"));
    }

    static Optional<Path> findJava21(Optional<String> configuredJavaHome, Path jvmRoot) {
        Optional<String> configured = configuredJavaHome.map(String::trim).filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            Path home = Path.of(configured.get()).toAbsolutePath().normalize();
            if (javaMajor(home).orElse(0) >= 21) {
                return Optional.of(home);
            }
            // An explicit choice is honoured, not second-guessed: the caller reports it unusable.
            return Optional.empty();
        }
        if (Runtime.version().feature() >= 21) {
            Path current = Path.of(System.getProperty("java.home"));
            if (Files.isExecutable(current.resolve("bin").resolve("java"))) {
                return Optional.of(current);
            }
        }
        if (!Files.isDirectory(jvmRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(jvmRoot)) {
            return entries
                    .filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                    .filter(dir -> javaMajor(dir).orElse(0) >= 21)
                    .max(Comparator.comparingInt((Path dir) -> javaMajor(dir).orElse(0))
                            .thenComparing(dir -> releaseVersion(dir).orElse(""), EmbeddedElasticsearch::compareVersions));
        } catch (IOException e) {
            LOG.debugf(e, "Cannot list %s", jvmRoot);
            return Optional.empty();
        }
    }

    /** The major version of a JDK home from its release file; empty if it is not a usable JDK. */
    static Optional<Integer> javaMajor(Path home) {
        if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        return releaseVersion(home).flatMap(version -> {
            String v = version.startsWith("1.") ? version.substring(2) : version;
            Matcher m = Pattern.compile("^(\\d+)").matcher(v);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        });
    }

    private static Optional<String> releaseVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            String value = properties.getProperty("JAVA_VERSION");
            return value == null ? Optional.empty() : Optional.of(value.replace("\"", "").trim());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int compareVersions(String a, String b) {
        String[] pa = a.split("[._+-]");
        String[] pb = b.split("[._+-]");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? parseIntOrZero(pa[i]) : 0;
            int y = i < pb.length ? parseIntOrZero(pb[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int parseIntOrZero(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Starts the node and waits until it serves HTTP. Does nothing when it is already running.
     *
     * @return {@link #httpHost()}
     * @throws IllegalStateException if the node cannot be started, dies while starting or is not
     *                               ready within {@link #START_TIMEOUT}; the message holds its last output
     */
    public synchronized String start() {
        if (isRunning()) {
            return httpHost;
        }
        if (!Files.isRegularFile(javaHome.resolve("bin").resolve("java"))) {
            throw new IllegalStateException("No java executable in " + javaHome);
        }
        if (!hasNodeJar()) {
            throw new IllegalStateException("The embedded Elasticsearch node is not built: " + libDir
                    + " has no anxue-embedded-elasticsearch jar. Run deploy/embedded-elasticsearch/build.sh");
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(homeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        endStaleProcess();
        clearStaleLock();

        int port = httpPort == 0 && lastBoundPort > 0 ? lastBoundPort : httpPort;
        try {
            launch(port);
        } catch (IllegalStateException e) {
            if (port == httpPort || !tailMentionsBindFailure()) {
                throw e;
            }
            LOG.infof("Port %d of the previous run is taken; starting the embedded Elasticsearch on a free port", port);
            launch(httpPort);
        }
        return httpHost;
    }

    /** Stops the node: closes its stdin, sends SIGTERM, and kills it after {@link #STOP_TIMEOUT}. */
    public synchronized void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        stopping = true;
        try {
            closeQuietly(p.getOutputStream());
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warnf("Embedded Elasticsearch (pid %d) did not stop within %d s; killing it",
                            p.pid(), STOP_TIMEOUT.toSeconds());
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
            for (Thread reader : readers) {
                reader.join(2000);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            process = null;
            readers = List.of();
            httpHost = null;
        }
        LOG.info("Embedded Elasticsearch stopped");
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive() && httpHost != null;
    }

    /** {@code 127.0.0.1:<port>} of the running node. */
    public String httpHost() {
        String host = httpHost;
        if (host == null) {
            throw new IllegalStateException("Embedded Elasticsearch is not running");
        }
        return host;
    }

    /** The bound HTTP port of the running node. */
    public int httpPort() {
        String host = httpHost();
        return Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
    }

    /** The pid of the node process, if it runs. */
    public synchronized Optional<Long> pid() {
        return process != null && process.isAlive() ? Optional.of(process.pid()) : Optional.empty();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path libDir() {
        return libDir;
    }

    List<String> command(int port) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Djava.awt.headless=true");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(libDir.resolve("*").toString());
        command.add(MAIN_CLASS);
        command.add("--home");
        command.add(homeDir.toString());
        command.add("--data");
        command.add(dataDir.toString());
        command.add("--http-port");
        command.add(Integer.toString(port));
        return command;
    }

    private void launch(int port) {
        synchronized (tail) {
            tail.clear();
        }
        stopping = false;
        httpHost = null;
        List<String> command = command(port);
        ProcessBuilder builder = new ProcessBuilder(command).directory(homeDir.toFile());
        Map<String, String> env = builder.environment();
        // Options meant for the application's JVM must not leak into the node's.
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        LOG.debugf("Starting embedded Elasticsearch: %s", String.join(" ", command));
        long startNanos = System.nanoTime();
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        process = p;
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread out = reader(p.getInputStream(), "anxue-es-stdout", false, ready);
        Thread err = reader(p.getErrorStream(), "anxue-es-stderr", true, ready);
        readers = List.of(out, err);
        p.onExit().thenAccept(exited -> {
            // Let the readers drain the last lines before the failure is reported.
            joinQuietly(out);
            joinQuietly(err);
            ready.completeExceptionally(new IllegalStateException(
                    "Embedded Elasticsearch exited with code " + exited.exitValue() + " while starting"));
            if (!stopping && process == exited && httpHost != null) {
                LOG.errorf("Embedded Elasticsearch (pid %d) exited unexpectedly with code %d; last output:%n%s",
                        exited.pid(), exited.exitValue(), tailText());
            }
        });

        String host;
        try {
            host = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stopAfterFailedStart();
            throw new IllegalStateException("Embedded Elasticsearch was not ready within " + START_TIMEOUT.toSeconds()
                    + " s; last output:\n" + tailText());
        } catch (ExecutionException e) {
            stopAfterFailedStart();
            throw new IllegalStateException(e.getCause().getMessage() + "; last output:\n" + tailText(), e.getCause());
        } catch (InterruptedException e) {
            stopAfterFailedStart();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for embedded Elasticsearch", e);
        }
        httpHost = host;
        lastBoundPort = Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
        LOG.infof("Embedded Elasticsearch ready at http://%s (pid %d, heap %s, %d ms)",
                host, p.pid(), heap, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private void stopAfterFailedStart() {
        Process p = process;
        stopping = true;
        if (p != null) {
            closeQuietly(p.getOutputStream());
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        readers = List.of();
    }

    private Thread reader(InputStream stream, String name, boolean isStderr, CompletableFuture<String> ready) {
        Thread thread = new Thread(() -> {
            String level = "INFO";
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    remember(line);
                    Matcher readyLine = READY_LINE.matcher(line);
                    if (!isStderr && readyLine.find()) {
                        ready.complete(readyLine.group(1) + ":" + readyLine.group(2));
                        continue;
                    }
                    Matcher levelMatch = LOG_LEVEL.matcher(line);
                    if (levelMatch.find()) {
                        level = levelMatch.group(1);
                    } else if (isStderr) {
                        level = "WARN";
                    }
                    // Lines without a level (stack traces) keep the level of the event they belong to.
                    switch (level) {
                        case "ERROR", "FATAL" -> LOG.errorf("[es] %s", line);
                        case "WARN" -> LOG.warnf("[es] %s", line);
                        default -> LOG.debugf("[es] %s", line);
                    }
                }
            } catch (IOException e) {
                LOG.debugf(e, "Reading the embedded Elasticsearch %s failed", name);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    private String tailText() {
        synchronized (tail) {
            return tail.isEmpty() ? "(no output)" : String.join("\n", tail);
        }
    }

    private boolean tailMentionsBindFailure() {
        synchronized (tail) {
            return tail.stream().anyMatch(line -> line.contains("BindHttpException") || line.contains("Failed to bind")
                    || line.contains("Address already in use"));
        }
    }

    private boolean hasNodeJar() {
        if (!Files.isDirectory(libDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(libDir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("anxue-embedded-elasticsearch"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Ends a node process recorded in the pid file that a previous run left behind. */
    private void endStaleProcess() {
        Path pidFile = dataDir.resolve(PID_FILE);
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("Ignoring an unreadable pid file %s: %s", pidFile, e.getMessage());
            deleteQuietly(pidFile);
            return;
        }
        Optional<ProcessHandle> stale = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (stale.isPresent() && isNodeProcess(stale.get())) {
            ProcessHandle handle = stale.get();
            LOG.warnf("Stopping embedded Elasticsearch pid %d left behind by an earlier run (data dir %s)", pid, dataDir);
            handle.destroy();
            try {
                handle.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException | ExecutionException e2) {
                    throw new IllegalStateException("Cannot end the stale embedded Elasticsearch pid " + pid, e2);
                } catch (InterruptedException e2) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while ending the stale embedded Elasticsearch", e2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while ending the stale embedded Elasticsearch", e);
            }
        } else if (stale.isPresent()) {
            LOG.debugf("Pid %d from %s belongs to another program now; not touching it", pid, pidFile);
        }
        deleteQuietly(pidFile);
    }

    private static boolean isNodeProcess(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        Optional<String> commandLine = info.commandLine();
        if (commandLine.isPresent()) {
            return commandLine.get().contains(MAIN_CLASS);
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            return List.of(arguments.get()).contains(MAIN_CLASS);
        }
        // Without its command line, a java process holding our pid file is most likely the node.
        return info.command().map(c -> c.endsWith("/java") || c.endsWith("\\java.exe")).orElse(false);
    }

    /**
     * Removes {@code node.lock} if no process holds it. A node that was killed leaves the file but
     * not the lock; a live node that holds it makes the start fail with a clear message.
     */
    private void clearStaleLock() {
        Path lockFile = dataDir.resolve("node.lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The data dir " + dataDir
                        + " is locked by another running Elasticsearch node (not the one in " + PID_FILE + ")");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The data dir " + dataDir + " is in use by a node of this JVM", e);
        } catch (IOException e) {
            LOG.debugf(e, "Cannot check %s", lockFile);
            return;
        }
        deleteQuietly(lockFile);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf(e, "Cannot delete %s", file);
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The process is already gone.
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
