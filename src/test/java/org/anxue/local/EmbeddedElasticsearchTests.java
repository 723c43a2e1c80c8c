package org.anxue.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real node built by {@code deploy/embedded-elasticsearch/build.sh} (the test runs the
 * script, which is fast when the node is up to date). Skipped only when no JDK 21+ exists.
 */
class EmbeddedElasticsearchTests {

    private static Path javaHome;
    private static Path libDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tempDir;

    @BeforeAll
    static void buildNode() throws Exception {
        Optional<Path> java21 = EmbeddedElasticsearch.findJava21(Optional.ofNullable(System.getenv("ANXUE_ES_JAVA_HOME")));
        Assumptions.assumeTrue(java21.isPresent(), "no JDK 21+ on this machine");
        javaHome = java21.get();
        libDir = Optional.ofNullable(System.getProperty("anxue.es.lib-dir")).map(Path::of)
                .orElseGet(EmbeddedElasticsearch::defaultLibDir);
        Path buildScript = Path.of("deploy", "embedded-elasticsearch", "build.sh");
        if (Files.isRegularFile(buildScript) && System.getProperty("anxue.es.lib-dir") == null) {
            ProcessBuilder build = new ProcessBuilder("bash", buildScript.toString()).inheritIO();
            build.environment().put("ANXUE_ES_JAVA_HOME", javaHome.toString());
            Process process = build.start();
            assertTrue(process.waitFor(15, TimeUnit.MINUTES), "build.sh timed out");
            assertEquals(0, process.exitValue(), "build.sh failed");
        }
        assertTrue(Files.isDirectory(libDir), "node lib dir missing: " + libDir);
    }

    @Test
    void shouldAnswerStopAndStartAgainOnTheSamePort() throws Exception {
        EmbeddedElasticsearch node = EmbeddedElasticsearch.create(javaHome, tempDir.resolve("es"), 0);
        try {
            String host = node.start();
            assertTrue(node.isRunning());
            assertTrue(host.startsWith("127.0.0.1:"), host);
            assertRootAnswers(host);
            int port = node.httpPort();
            assertEquals(host, node.start(), "start() on a running node changes nothing");

            node.stop();
            assertFalse(node.isRunning());
            assertFalse(isListening(port), "port " + port + " still open after stop()");
            assertThrows(IllegalStateException.class, node::httpHost);
            node.stop();

            node.start();
            assertEquals(port, node.httpPort(), "restart keeps the port");
            assertRootAnswers(node.httpHost());
        } finally {
            node.stop();
        }
    }

    @Test
    void shouldStartAfterTheNodeWasKilledWithSigkill() throws Exception {
        Path dataDir = tempDir.resolve("es");
        EmbeddedElasticsearch first = EmbeddedElasticsearch.create(javaHome, dataDir, 0);
        EmbeddedElasticsearch second = EmbeddedElasticsearch.create(javaHome, dataDir, 0);
        try {
            first.start();
            long pid = first.pid().orElseThrow();
            assertEquals(Long.toString(pid), Files.readString(dataDir.resolve(EmbeddedElasticsearch.PID_FILE)).trim());

            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
            assertTrue(Files.exists(dataDir.resolve(EmbeddedElasticsearch.PID_FILE)), "a killed node leaves its pid file");
            assertTrue(Files.exists(dataDir.resolve("node.lock")), "a killed node leaves node.lock");

            second.start();
            assertRootAnswers(second.httpHost());
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void shouldEndANodeLeftBehindByAnEarlierRun() throws Exception {
        Path dataDir = tempDir.resolve("es");
        // A node whose parent is gone but which kept running (it does not watch stdin).
        Process orphan = startNodeByHand(dataDir, "--no-stdin-watch");
        try {
            String orphanHost = awaitReady(orphan);
            assertRootAnswers(orphanHost);

            EmbeddedElasticsearch node = EmbeddedElasticsearch.create(javaHome, dataDir, 0);
            try {
                node.start();
                assertTrue(orphan.waitFor(30, TimeUnit.SECONDS), "the left-behind node was not ended");
                assertRootAnswers(node.httpHost());
                assertEquals(Long.toString(node.pid().orElseThrow()),
                        Files.readString(dataDir.resolve(EmbeddedElasticsearch.PID_FILE)).trim());
            } finally {
                node.stop();
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void shouldExitWhenTheParentClosesStdin() throws Exception {
        Path dataDir = tempDir.resolve("es");
        Process node = startNodeByHand(dataDir);
        try {
            awaitReady(node);
            node.getOutputStream().close();
            assertTrue(node.waitFor(30, TimeUnit.SECONDS), "node still running after stdin closed");
            assertFalse(Files.exists(dataDir.resolve(EmbeddedElasticsearch.PID_FILE)), "a clean stop removes the pid file");
        } finally {
            node.destroyForcibly();
        }
    }

    @Test
    void shouldFailClearlyWhenTheNodeIsNotBuilt() {
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(javaHome, tempDir.resolve("no-lib"), tempDir.resolve("es"), 0, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, node::start);
        assertTrue(e.getMessage().contains("build.sh"), e.getMessage());
    }

    @Test
    void shouldHonourTheConfiguredJavaHomeAndOtherwiseSkipOldOnes() throws Exception {
        Path jvms = tempDir.resolve("jvm");
        Path jdk17 = fakeJdk(jvms.resolve("jdk-17"), "17.0.15");
        Path jdk21 = fakeJdk(jvms.resolve("jdk-21"), "21.0.9");
        Path jdk25 = fakeJdk(jvms.resolve("jdk-25"), "25.0.3");
        Path custom = fakeJdk(tempDir.resolve("custom"), "22");

        assertEquals(Optional.of(21), EmbeddedElasticsearch.javaMajor(jdk21));
        assertEquals(Optional.of(17), EmbeddedElasticsearch.javaMajor(jdk17));
        assertEquals(Optional.of(custom), EmbeddedElasticsearch.findJava21(Optional.of(custom.toString()), jvms));
        assertEquals(Optional.empty(), EmbeddedElasticsearch.findJava21(Optional.of(jdk17.toString()), jvms),
                "a configured JDK older than 21 is reported, not replaced by another one");
        if (Runtime.version().feature() < 21) {
            assertEquals(Optional.of(jdk25), EmbeddedElasticsearch.findJava21(Optional.empty(), jvms));
            Files.delete(jdk25.resolve("release"));
            Files.delete(jdk21.resolve("release"));
            assertEquals(Optional.empty(), EmbeddedElasticsearch.findJava21(Optional.empty(), jvms));
        }
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private Process startNodeByHand(Path dataDir, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                javaHome.resolve("bin/java").toString(), "-Xms256m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
                "-cp", libDir.resolve("*").toString(), EmbeddedElasticsearch.MAIN_CLASS,
                "--home", dataDir.resolve("home").toString(), "--data", dataDir.toString(), "--http-port", "0"));
        command.addAll(List.of(extraArgs));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the node's output until its READY line and keeps draining it afterwards. */
    private static String awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            seen.add(line);
            int at = line.indexOf(EmbeddedElasticsearch.READY_PREFIX);
            if (at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discard
                        }
                    } catch (IOException e) {
                        // process gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + EmbeddedElasticsearch.READY_PREFIX.length()).trim();
            }
        }
        throw new AssertionError("node not ready; output:\n" + String.join("\n", seen));
    }

    private void assertRootAnswers(String host) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://" + host + "/")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"tagline\":\"You Know, for Search\""), response.body());
        assertTrue(response.body().contains("\"number\":\"9.2.2\""), response.body());
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
