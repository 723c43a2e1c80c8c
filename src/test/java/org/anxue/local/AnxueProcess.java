package org.anxue.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app) run as a user runs it, in its own process, so that
 * tests can check what happens across restarts, SIGTERM and kill -9. Public for the process tests
 * of features (org.anxue.learning.playback).
 */
public final class AnxueProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Map<String, String> environment = new HashMap<>();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int httpPort = FreePorts.pick();
    private Process process;

    /** A process on its own data directory and free ports for every embedded engine. */
    public static AnxueProcess withDataDir(Path dataDir) {
        AnxueProcess app = new AnxueProcess();
        app.environment.put("ANXUE_DATA_DIR", dataDir.toString());
        app.environment.put("ANXUE_LOCAL_POSTGRES_PORT", String.valueOf(FreePorts.pick()));
        app.environment.put("ANXUE_LOCAL_S3_PORT", String.valueOf(FreePorts.pick()));
        app.environment.put("ANXUE_LOCAL_ELASTICSEARCH_PORT", String.valueOf(FreePorts.pick()));
        return app;
    }

    public AnxueProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public String env(String name) {
        return environment.get(name);
    }

    public AnxueProcess start() throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: process tests run after `package` (mvn verify)");
        }
        output.clear();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "anxue-process-output");
        reader.setDaemon(true);
        reader.start();
        return this;
    }

    /** Waits until /q/health/ready answers UP; returns the time it took. */
    public Duration awaitReady(Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Anxue exited with " + process.exitValue() + ":\n" + tail(60));
            }
            try {
                HttpResponse<String> ready = get("/q/health/ready");
                if (ready.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Anxue not ready within " + timeout + ":\n" + tail(60));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                        .timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application's address for {@code path}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** SIGTERM, as Ctrl-C or Kubernetes would; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Anxue did not stop within 60 s after SIGTERM:\n" + tail(40));
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public long pid() {
        return process.pid();
    }

    public boolean logContains(String text) {
        return output.stream().anyMatch(line -> line.contains(text));
    }

    public List<String> log() {
        return List.copyOf(output);
    }

    public String tail(int lines) {
        List<String> all = log();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
