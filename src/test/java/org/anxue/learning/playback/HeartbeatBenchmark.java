package org.anxue.learning.playback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durable heartbeat ingestion over loopback HTTP, against the packaged application on its embedded
 * engines (Elasticsearch off: heartbeats do not touch it). Not a test: figures depend on the
 * machine. Everything (wrk, Anxue, PostgreSQL) shares the machine's cores, as in the issue's
 * reference figures.
 *
 * <ol>
 * <li>Starts Anxue with {@code anxue.learning.bench.enabled=true} (the no-op endpoint and
 *     synthetic lessons) in group-commit mode, creates N workers directly in PostgreSQL, signs each
 *     in through the login form and opens one playback session each (lesson i for learner i).</li>
 * <li>Measures with wrk, each after a warm-up: (a) {@code GET /api/bench/noop} anonymous, (a') the
 *     same with a worker's session cookie (every signed-in request reads the account), (b)
 *     heartbeats with group commit.</li>
 * <li>Restarts Anxue on the same data in per-heartbeat mode and measures (c) heartbeats with one
 *     transaction each.</li>
 * <li>After each heartbeat run, counts the stored rows: at least one per 200 answer.</li>
 * </ol>
 *
 * <pre>
 * deploy/bench/heartbeats.sh [learners=2000] [seconds=30] [connections=128, or a list: 64,128,256] [wrk threads=2]
 * </pre>
 */
public final class HeartbeatBenchmark {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path SCRIPT = Path.of("deploy/bench/heartbeats.lua");
    private static final long FIRST_PERSON_ID = 900_000_000L;
    private static final Pattern RESULT = Pattern.compile("(\\w+)=([0-9.]+)");

    private final int learners;
    private final int seconds;
    /** wrk connections per run; several (comma-separated) repeat every run at each. */
    private final List<Integer> connectionCounts;
    private int connections;
    private final int wrkThreads;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();
    /**
     * Which runs to make: a (no-op), b (group commit), k (group commit with cookies instead of the
     * heartbeat token), c (one commit each); ANXUE_BENCH_SCENARIOS, default all.
     */
    private final String scenarios = System.getenv().getOrDefault("ANXUE_BENCH_SCENARIOS", "abkc");

    /** One line of the table. */
    record Row(String scenario, Map<String, Double> wrk, String stored, Cpu cpu) {
    }

    /** CPU used during a run, in percent of one core; {@code others}: every other process on the machine. */
    record Cpu(double anxue, double postgres, double wrk, double others) {
    }

    private HeartbeatBenchmark(int learners, int seconds, String connections, int wrkThreads, Path work) {
        this.learners = learners;
        this.seconds = seconds;
        this.connectionCounts = java.util.Arrays.stream(connections.split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
        this.connections = connectionCounts.get(0);
        this.wrkThreads = wrkThreads;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String connections = args.length > 2 ? args[2] : "128";
        int wrkThreads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (deploy/bench/heartbeats.sh does)");
        }
        Path work = Files.createTempDirectory("anxue-heartbeat-bench-");
        try {
            new HeartbeatBenchmark(learners, seconds, connections, wrkThreads, work).run();
        } finally {
            if (System.getenv("ANXUE_BENCH_KEEP") == null) {
                deleteTree(work);
            } else {
                System.out.println("kept " + work + " (ANXUE_BENCH_KEEP is set): anxue.log has the application's log");
            }
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Heartbeat benchmark: %d learners, %d s per run, %s connections, %d wrk threads,"
                + " %d cores; work directory %s%n", learners, seconds, connectionCounts, wrkThreads,
                Runtime.getRuntime().availableProcessors(), work);
        Path learnersFile = work.resolve("learners.tsv");
        Map<String, String> ports = Map.of("ANXUE_LOCAL_POSTGRES_PORT", String.valueOf(freePort()),
                "ANXUE_LOCAL_S3_PORT", String.valueOf(freePort()), "QUARKUS_HTTP_PORT", String.valueOf(freePort()));

        try (App app = App.start(work, ports, "group-commit")) {
            seed(app);
            List<String> cookies = signIn(app, learnersFile, null);
            List<PackagedAppLearners.Opened> sessions = openSessions(app, cookies);
            writeLearners(learnersFile, cookies, sessions);
            System.out.println("signed in and opened " + learners + " sessions");
            if (scenarios.contains("a")) {
                wrk(app, "noop", null, 0, 5);
                rows.addAll(measuredAtEach(app, "(a) no-op, anonymous", "noop", null, 0, null));
                signIn(app, learnersFile, sessions);
                wrk(app, "noop", learnersFile, 0, 5);
                rows.addAll(measuredAtEach(app, "(a') no-op, signed in", "noop", learnersFile, 0, null));
            }
            if (scenarios.contains("b")) {
                wrk(app, "heartbeats", learnersFile, 1, 10);
                rows.addAll(measuredAtEach(app, "(b) heartbeats, group commit", "heartbeats", learnersFile, 1_000_000,
                        "heartbeats"));
                System.out.println(batchSizes(app));
            }
            if (scenarios.contains("k")) {
                signIn(app, learnersFile, sessions);
                wrk(app, "heartbeats-cookie", learnersFile, 4_000_000, 10);
                rows.addAll(measuredAtEach(app, "(b') heartbeats, group commit, cookie", "heartbeats-cookie",
                        learnersFile, 5_000_000, "heartbeats"));
            }
            if (scenarios.contains("c")) {
                app.close();
                try (App perHeartbeat = App.start(work, ports, "per-heartbeat")) {
                    wrk(perHeartbeat, "heartbeats", learnersFile, 6_000_000, 10);
                    rows.addAll(measuredAtEach(perHeartbeat, "(c) heartbeats, one commit each", "heartbeats",
                            learnersFile, 7_000_000, "heartbeats"));
                }
            }
        }
        printTable();
    }

    // --- fixtures ----------------------------------------------------------------------------

    private void seed(App app) throws SQLException {
        try (Connection db = app.postgres()) {
            PackagedAppLearners.seed(db, learners, FIRST_PERSON_ID);
        }
    }

    /**
     * Signs every learner in and, once their sessions are known, writes the learners file for wrk.
     * Done again right before each run that sends cookies: Anxue renews a session cookie older
     * than a minute on every response, which a browser stores and wrk does not, so stale cookies
     * would cost an encryption per request that real players do not cause.
     */
    private List<String> signIn(App app, Path learnersFile, List<PackagedAppLearners.Opened> sessions) throws Exception {
        HttpClient http = PackagedAppLearners.client();
        List<String> cookies = parallel(learners, i -> PackagedAppLearners.signIn(http, app.uri("/"), i));
        if (sessions != null) {
            writeLearners(learnersFile, cookies, sessions);
        }
        return cookies;
    }

    /** One line per learner for wrk: cookie, session id, heartbeat token. */
    private void writeLearners(Path learnersFile, List<String> cookies, List<PackagedAppLearners.Opened> sessions)
            throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < learners; i++) {
            lines.append(cookies.get(i)).append('\t').append(sessions.get(i).sessionId()).append('\t')
                    .append(sessions.get(i).heartbeatToken()).append('\n');
        }
        Files.writeString(learnersFile, lines);
    }

    private List<PackagedAppLearners.Opened> openSessions(App app, List<String> cookies) throws Exception {
        HttpClient http = PackagedAppLearners.client();
        return parallel(learners, i -> PackagedAppLearners.openSession(http, app.uri("/"), cookies.get(i), i + 1));
    }

    // --- measuring ---------------------------------------------------------------------------

    /** The run at every connection count; sequences stay ahead of every earlier run's. */
    private List<Row> measuredAtEach(App app, String scenario, String mode, Path learnersFile, long firstSequence,
            String table) throws Exception {
        List<Row> measured = new ArrayList<>();
        for (int i = 0; i < connectionCounts.size(); i++) {
            connections = connectionCounts.get(i);
            measured.add(measured(app, scenario + ", " + connections + " conn.", mode, learnersFile,
                    firstSequence + i * 100_000L, table));
        }
        connections = connectionCounts.get(0);
        return measured;
    }

    private Row measured(App app, String scenario, String mode, Path learnersFile, long firstSequence, String table)
            throws Exception {
        Map<Integer, long[]> before = app.cpuTimes();
        long wrkCpuBefore = childrenCpuTicks();
        long machineBefore = machineBusyTicks();
        long selfBefore = ownCpuTicks();
        String jfr = System.getenv("ANXUE_BENCH_JFR");
        if (jfr != null) {
            jcmd(app, "JFR.start", "name=bench", "settings=profile", "filename=" + jfr + "-" + mode + ".jfr");
        }
        long started = System.nanoTime();
        Map<String, Double> result = wrk(app, mode, learnersFile, firstSequence, seconds);
        if (jfr != null) {
            jcmd(app, "JFR.stop", "name=bench");
        }
        double elapsedTicks = (System.nanoTime() - started) / 1e9 * CLOCK_TICKS;
        Map<Integer, long[]> after = app.cpuTimes();
        double anxue = app.anxueTicks(before, after);
        double postgres = app.postgresTicks(before, after);
        double wrkTicks = childrenCpuTicks() - wrkCpuBefore;
        double others = machineBusyTicks() - machineBefore - anxue - postgres - wrkTicks - (ownCpuTicks() - selfBefore);
        Cpu cpu = new Cpu(100 * anxue / elapsedTicks, 100 * postgres / elapsedTicks, 100 * wrkTicks / elapsedTicks,
                100 * Math.max(0, others) / elapsedTicks);
        String stored = "";
        if (table != null) {
            try (Connection db = app.postgres();
                 PreparedStatement count = db.prepareStatement("select count(*), count(*) filter (where disposition"
                         + " = 'REJECTED') from heartbeat where sequence >= ? and sequence < ?")) {
                count.setLong(1, firstSequence);
                count.setLong(2, firstSequence + 100_000);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    long rowsStored = rs.getLong(1);
                    long ok = result.get("ok").longValue();
                    stored = rowsStored + " rows (" + rs.getLong(2) + " rejected)" + (rowsStored >= ok ? "" : " FEWER THAN ACKED");
                }
            }
        }
        Row row = new Row(scenario, result, stored, cpu);
        System.out.println(format(row));
        return row;
    }

    /** Runs a jcmd command against Anxue (ANXUE_BENCH_JFR=path records a profile of each measured run). */
    private static void jcmd(App app, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(app.process.pid())));
        line.addAll(List.of(command));
        new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** Runs wrk and returns the numbers of its RESULT line. */
    private Map<String, Double> wrk(App app, String mode, Path learnersFile, long firstSequence, int runSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + wrkThreads, "-c" + connections,
                "-d" + runSeconds + "s", "--timeout", "10s", "-s", SCRIPT.toString(), app.uri("/").toString(), "--", mode,
                learnersFile == null ? "-" : learnersFile.toString(), String.valueOf(wrkThreads),
                String.valueOf(firstSequence), "0.2"));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher pairs = RESULT.matcher(output.substring(output.indexOf("RESULT ")));
        while (pairs.find()) {
            values.put(pairs.group(1), Double.parseDouble(pairs.group(2)));
        }
        return values;
    }

    private static String batchSizes(App app) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher count = Pattern.compile("(?m)^anxue_learning_ingest_batch_size_count\\S* ([0-9.E+]+)").matcher(metrics);
        Matcher sum = Pattern.compile("(?m)^anxue_learning_ingest_batch_size_sum\\S* ([0-9.E+]+)").matcher(metrics);
        Matcher max = Pattern.compile("(?m)^anxue_learning_ingest_batch_size_max\\S* ([0-9.E+]+)").matcher(metrics);
        if (!count.find() || !sum.find()) {
            return "no batch metrics found";
        }
        double batches = Double.parseDouble(count.group(1));
        double commands = Double.parseDouble(sum.group(1));
        return String.format(Locale.ROOT, "group commit so far: %.0f commands in %.0f transactions, %.1f per transaction%s",
                commands, batches, commands / batches, max.find() ? " (largest recently " + max.group(1) + ")" : "");
    }

    private void printTable() {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-50s %10s %8s %8s %8s %8s  %-26s %s%n", "scenario", "req/s", "p50 ms",
                "p90 ms", "p99 ms", "non-200", "stored", "CPU % of a core: Anxue / PostgreSQL / wrk / other processes");
        for (Row row : rows) {
            System.out.println(format(row));
        }
    }

    private String format(Row row) {
        Map<String, Double> r = row.wrk();
        double rate = r.get("requests") / (r.get("duration_us") / 1e6);
        long non200 = (long) (r.get("busy") + r.get("other") + r.get("socket_errors") + r.get("timeouts"));
        return String.format(Locale.ROOT, "%-50s %10.0f %8.1f %8.1f %8.1f %8d  %-26s %.0f / %.0f / %.0f / %.0f", row.scenario(),
                rate, r.get("p50_us") / 1000, r.get("p90_us") / 1000, r.get("p99_us") / 1000, non200, row.stored(),
                row.cpu().anxue(), row.cpu().postgres(), row.cpu().wrk(), row.cpu().others());
    }

    // --- the application process -------------------------------------------------------------

    private static final double CLOCK_TICKS = 100.0;

    /** Anxue as a user runs it, on embedded PostgreSQL and S3, with benchmark support switched on. */
    private static final class App implements AutoCloseable {

        private final Process process;
        private final Path dataDir;
        private final int httpPort;
        private final int postgresPort;

        private App(Process process, Path dataDir, int httpPort, int postgresPort) {
            this.process = process;
            this.dataDir = dataDir;
            this.httpPort = httpPort;
            this.postgresPort = postgresPort;
        }

        static App start(Path work, Map<String, String> ports, String mode) throws Exception {
            Path dataDir = work.resolve("data");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g"));
            String options = System.getenv("ANXUE_BENCH_JAVA_OPTS");
            if (options != null && !options.isBlank()) {
                command.addAll(List.of(options.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("anxue.log").toFile()));
            Map<String, String> env = builder.environment();
            env.putAll(ports);
            env.put("ANXUE_DATA_DIR", dataDir.toString());
            env.put("ANXUE_LOCAL_ELASTICSEARCH_ENABLED", "false");
            env.put("ANXUE_CONTENT_DEMO", "false");
            env.put("ANXUE_LEARNING_BENCH_ENABLED", "true");
            env.put("ANXUE_LEARNING_INGEST_MODE", mode);
            App app = new App(builder.start(), dataDir, Integer.parseInt(ports.get("QUARKUS_HTTP_PORT")),
                    Integer.parseInt(ports.get("ANXUE_LOCAL_POSTGRES_PORT")));
            Runtime.getRuntime().addShutdownHook(new Thread(app.process::destroyForcibly));
            app.awaitReady(work);
            System.out.println("Anxue ready (" + mode + ")");
            return app;
        }

        private void awaitReady(Path work) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Anxue exited; see " + work.resolve("anxue.log"));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("Anxue not ready within 3 minutes; see " + work.resolve("anxue.log"));
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + httpPort + path);
        }

        Connection postgres() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "");
        }

        /** utime + stime per pid for Anxue and every PostgreSQL process. */
        Map<Integer, long[]> cpuTimes() throws IOException {
            Map<Integer, long[]> times = new HashMap<>();
            int postmaster = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            try (var pids = Files.list(Path.of("/proc"))) {
                for (Path dir : pids.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = procStat(dir);
                    if (stat == null) {
                        continue;
                    }
                    int pid = Integer.parseInt(dir.getFileName().toString());
                    int parent = Integer.parseInt(stat[1]);
                    boolean anxue = pid == process.pid();
                    if (anxue || pid == postmaster || parent == postmaster) {
                        times.put(pid, new long[] {anxue ? 0 : 1, Long.parseLong(stat[11]) + Long.parseLong(stat[12])});
                    }
                }
            }
            return times;
        }

        double anxueTicks(Map<Integer, long[]> before, Map<Integer, long[]> after) {
            return delta(before, after, 0);
        }

        double postgresTicks(Map<Integer, long[]> before, Map<Integer, long[]> after) {
            return delta(before, after, 1);
        }

        private static double delta(Map<Integer, long[]> before, Map<Integer, long[]> after, int kind) {
            double ticks = 0;
            for (Map.Entry<Integer, long[]> entry : after.entrySet()) {
                if (entry.getValue()[0] == kind) {
                    long[] earlier = before.get(entry.getKey());
                    ticks += entry.getValue()[1] - (earlier == null ? 0 : earlier[1]);
                }
            }
            return ticks;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** /proc/pid/stat fields after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static String[] procStat(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU ticks of the whole machine that were not idle, from /proc/stat. */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]); // user nice system (idle iowait) irq softirq steal
                }
            }
            return busy;
        } catch (IOException e) {
            return 0;
        }
    }

    /** CPU ticks of this JVM (the harness), from /proc/self/stat's utime + stime. */
    private static long ownCpuTicks() {
        String[] stat = procStat(Path.of("/proc/self"));
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** CPU ticks of this JVM's finished children (wrk runs), from /proc/self/stat's cutime + cstime. */
    private static long childrenCpuTicks() {
        String[] stat = procStat(Path.of("/proc/self"));
        return stat == null ? 0 : Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    // --- helpers -----------------------------------------------------------------------------

    interface Task<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> parallel(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.call(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
