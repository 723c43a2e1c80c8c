package org.anxue.org.roster;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.anxue.security.TestAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark, a main and not a test (the figures depend on the machine): imports 10,000 employees
 * from a generated .xlsx and 10,000 others from a generated .csv into two demo companies (after a
 * 1,000-row warm-up of each, and in two rounds: the first shows a young JVM, the second one whose
 * JIT has caught up), then measures form logins per second.
 *
 * <p>It runs the packaged application (target/quarkus-app) in its own JVM with -Xmx512m and the
 * default embedded engines (PostgreSQL with fsync on, S3; Elasticsearch off: imports do not use
 * it), on a fresh data directory with the demo content pack. The imports go through the real
 * HTTP API and the same service code as the pages: upload (multipart), the background check,
 * the per-row report, the commit. Memory is read from the application's JVM over JMX: the heap
 * pools' peak usage since just before the upload (MemoryPoolMXBean.resetPeakUsage), the heap
 * used sampled every 10 ms, and the garbage collections. Logins are form POSTs to
 * /j_security_check with the CSRF token (bcrypt cost 10, lockout counters in PostgreSQL) from N
 * client threads, each signing in one of the ten demo accounts again and again. The cores are shared
 * with whatever else runs on the machine: the application's own CPU time (over JMX) and the load
 * average are printed next to the wall-clock figures.
 *
 * <pre>
 * ./mvnw -B package -DskipTests -DskipEmbeddedElasticsearch=true
 * ./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anxue.org.roster.RosterImportBenchmark \
 *     [-Dexec.args="rows rounds loginThreads loginSeconds"]        (defaults: 10000 2 8 20)
 * </pre>
 */
public final class RosterImportBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> DEMO_USERS = List.of("admin", "taizhou", "jiaojiang", "luqiao", "antai", "jinfeng",
            "pxzx", "jjpx", "worker", "worker2");

    private final String base;
    private final MBeanServerConnection jmx;

    private RosterImportBenchmark(String base, MBeanServerConnection jmx) {
        this.base = base;
        this.jmx = jmx;
    }

    /** One import's figures. */
    record ImportResult(String file, long bytes, int rows, int errorRows, long checkMillis, long commitMillis,
            long checkCpuMillis, long cpuMillis, long sampledHeapPeak, long poolPeakSum, long oldGenPeak, long gcCount, long gcMillis) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B package -DskipTests -DskipEmbeddedElasticsearch=true");
        }
        Path data = Files.createTempDirectory("anxue-roster-benchmark-");
        int httpPort = freePort();
        int jmxPort = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1",
                "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("ANXUE_DATA_DIR", data.toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("ANXUE_LOCAL_POSTGRES_PORT", String.valueOf(freePort()));
        env.put("ANXUE_LOCAL_S3_PORT", String.valueOf(freePort()));
        env.put("ANXUE_LOCAL_ELASTICSEARCH_ENABLED", "false");
        System.out.printf("starting %s (data in %s) …%n", jar, data);
        Process app = builder.start();
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.add(line);
                }
            } catch (IOException e) {
                // ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String base = "http://127.0.0.1:" + httpPort;
            awaitReady(base, app, log);
            try (JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
                RosterImportBenchmark bench = new RosterImportBenchmark(base, connector.getMBeanServerConnection());
                bench.run(rows, rounds, threads, seconds);
            }
            log.stream().filter(l -> l.contains("roster import")).forEach(l -> System.out.println("  app log: " + l));
        } finally {
            app.destroy();
            app.waitFor();
            try (var files = Files.walk(data)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(int rows, int rounds, int threads, int seconds) throws Exception {
        System.out.printf(Locale.ROOT, "application JVM: %s, max heap %d MB; %d cores; load average %s%n",
                ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.RUNTIME_MXBEAN_NAME,
                        java.lang.management.RuntimeMXBean.class).getVmVersion(),
                memory().getHeapMemoryUsage().getMax() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        Session antai = signIn("antai", "anxue2026");
        Session jinfeng = signIn("jinfeng", "anxue2026");
        Set<String> used = new HashSet<>();
        // warm-up: 1,000 rows of each kind first, so that the first measured run does not pay for all the JIT work
        importFile(antai, "warm-up.xlsx", xlsx(people(1_000, used, new Random(3), List.of(""))), RosterFiles.XLSX);
        importFile(jinfeng, "warm-up.csv", csv(people(1_000, used, new Random(4), List.of(""))), "text/csv");
        List<ImportResult> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            byte[] xlsx = xlsx(people(rows, used, new Random(10 + round), List.of("生产部", "一车间", "仓储部", "安全环保部", "")));
            byte[] csv = csv(people(rows, used, new Random(20 + round), List.of("熔铸车间", "质检部", "安全部", "")));
            results.add(importFile(antai, "round " + round + ": roster-" + rows + ".xlsx", xlsx, RosterFiles.XLSX));
            results.add(importFile(jinfeng, "round " + round + ": roster-" + rows + ".csv", csv, "text/csv"));
        }
        System.out.println();
        System.out.println("| file | size | rows | check (read + validate + stage) | commit (one transaction) | total | rows/s"
                + " | app CPU time (of which check) | heap used, peak (sampled) | heap pools, sum of peaks | old gen peak | GCs (time) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (ImportResult r : results) {
            long total = r.checkMillis() + r.commitMillis();
            System.out.printf(Locale.ROOT, "| %s | %.1f MB | %,d | %,d ms | %,d ms | %,d ms | %,.0f | %,d ms (%,d ms) | %d MB | %d MB | %d MB | %d (%d ms) |%n",
                    r.file(), r.bytes() / 1048576.0, r.rows(), r.checkMillis(), r.commitMillis(), total,
                    r.rows() * 1000.0 / total, r.cpuMillis(), r.checkCpuMillis(), mb(r.sampledHeapPeak()), mb(r.poolPeakSum()), mb(r.oldGenPeak()),
                    r.gcCount(), r.gcMillis());
        }
        System.out.println("load average (1, 5, 15 min) after the imports: " + loadAverage());

        System.out.println();
        measureLogins(1, Math.min(seconds, 10));
        measureLogins(threads, seconds);
    }

    /** Uploads, waits for the check, commits, waits for the import; memory and GC of the application meanwhile. */
    private ImportResult importFile(Session session, String name, byte[] content, String type) throws Exception {
        System.out.printf(Locale.ROOT, "importing %s (%,d bytes) …%n", name, content.length);
        List<MemoryPoolMXBean> pools = ManagementFactory.getPlatformMXBeans(jmx, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getPlatformMXBeans(jmx, GarbageCollectorMXBean.class);
        memory().gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCount = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        long gcTime = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        long cpuBefore = processCpuNanos();
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    sampledPeak.accumulateAndGet(memory().getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the connection hiccuped; next sample
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        HttpResponse<String> upload = HTTP.send(session.multipart(base + "/api/companies/" + session.companyId()
                + "/employee-imports", name, content, type), HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 202) {
            throw new IllegalStateException("upload: " + upload.statusCode() + " " + upload.body());
        }
        long id = Long.parseLong(field(upload.body(), "id"));
        String path = "/api/companies/" + session.companyId() + "/employee-imports/" + id;
        String checked = await(session, path, "VALIDATED");
        long afterCheck = System.nanoTime();
        long checkCpu = (processCpuNanos() - cpuBefore) / 1_000_000;
        HttpResponse<String> commit = HTTP.send(session.json(base + path + "/commit", "{\"validRowsOnly\":false}"),
                HttpResponse.BodyHandlers.ofString());
        if (commit.statusCode() != 202) {
            throw new IllegalStateException("commit: " + commit.statusCode() + " " + commit.body());
        }
        String done = await(session, path, "IMPORTED");
        long end = System.nanoTime();
        long cpu = (processCpuNanos() - cpuBefore) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long oldGen = pools.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new ImportResult(name, content.length, Integer.parseInt(field(done, "importedRows")),
                Integer.parseInt(field(checked, "errorRows")), (afterCheck - start) / 1_000_000, (end - afterCheck) / 1_000_000,
                checkCpu, cpu, sampledPeak.get(), poolPeaks, oldGen,
                gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCount,
                gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcTime);
    }

    private String await(Session session, String path, String wanted) throws Exception {
        while (true) {
            HttpResponse<String> r = HTTP.send(session.get(base + path), HttpResponse.BodyHandlers.ofString());
            String status = field(r.body(), "status");
            if (status.equals(wanted)) {
                return r.body();
            }
            if (!status.equals("VALIDATING") && !status.equals("IMPORTING")) {
                throw new IllegalStateException("import ended " + status + ": " + r.body());
            }
            Thread.sleep(25);
        }
    }

    /** {@code threads} clients sign in for {@code seconds}, each as one demo account, as often as they can. */
    private void measureLogins(int threads, int seconds) throws Exception {
        long[] cpu = new long[2];
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        long warmupEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = DEMO_USERS.get(t % DEMO_USERS.size());
            Thread client = new Thread(() -> {
                try {
                    String csrf = csrfCookie();
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        HttpResponse<Void> r = HTTP.send(loginRequest(user, "anxue2026", csrf), HttpResponse.BodyHandlers.discarding());
                        long finished = System.nanoTime();
                        boolean success = r.statusCode() == 302 && r.headers().allValues("set-cookie").stream()
                                .anyMatch(c -> c.startsWith("anxue-session=") && !c.startsWith("anxue-session=;"));
                        if (started >= warmupEnd) {
                            (success ? ok : failed).incrementAndGet();
                            latencies.add(finished - started);
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
            clients.add(client);
            client.start();
        }
        Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
        cpu[0] = processCpuNanos();
        for (Thread client : clients) {
            client.join();
        }
        cpu[1] = processCpuNanos();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "form logins, %d client thread%s, %d s after 2 s warm-up: %,d ok, %d failed, %.1f logins/s,"
                        + " latency p50 %d ms, p99 %d ms, app CPU %.0f ms per login; load average %s%n", threads,
                threads == 1 ? "" : "s", seconds, ok.get(), failed.get(), ok.get() / (double) seconds, percentile(sorted, 50),
                percentile(sorted, 99), ok.get() == 0 ? 0.0 : (cpu[1] - cpu[0]) / 1e6 / ok.get(), loadAverage());
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000;
    }

    /** CPU time the application's JVM has used (all its threads), in nanoseconds. */
    private long processCpuNanos() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** The machine's load average, from /proc (the cores are shared with other work). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private MemoryMXBean memory() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    }

    /** A signed-in browser: its cookies, and the company it administers. */
    private record Session(String session, String csrf, long companyId) {

        HttpRequest get(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies()).header("Accept", "application/json").build();
        }

        HttpRequest json(String url, String body) {
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        HttpRequest multipart(String url, String fileName, byte[] content, String type) {
            String boundary = "anxue-bench-" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies()).header("X-CSRF-Token", csrf)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        }

        private String cookies() {
            return "anxue-session=" + session + "; anxue-csrf=" + csrf;
        }
    }

    private Session signIn(String user, String password) throws Exception {
        String csrf = csrfCookie();
        HttpResponse<Void> r = HTTP.send(loginRequest(user, password, csrf), HttpResponse.BodyHandlers.discarding());
        String session = cookie(r, "anxue-session");
        if (r.statusCode() != 302 || session == null || session.isEmpty()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        HttpResponse<String> me = HTTP.send(new Session(session, csrf, 0).get(base + "/api/me"), HttpResponse.BodyHandlers.ofString());
        return new Session(session, csrf, Long.parseLong(field(me.body(), "tenantId")));
    }

    private String csrfCookie() throws Exception {
        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        return cookie(page, "anxue-csrf");
    }

    private HttpRequest loginRequest(String user, String password, String csrf) {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&csrf-token=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Cookie", "anxue-csrf=" + csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("set-cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        return null;
    }

    /** A top-level scalar of a small JSON object (enough for the import and /api/me answers). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** Rows of people that exist nowhere yet: unique ID numbers, a mix of post kinds and departments. */
    private static List<List<Object>> people(int count, Set<String> used, Random random, List<String> departments) {
        List<List<Object>> rows = new ArrayList<>(count + 1);
        rows.add(RosterFiles.header());
        while (rows.size() <= count) {
            String id = TestAccounts.idNumber();
            if (!used.add(id)) {
                continue;
            }
            int n = rows.size();
            int kind = random.nextInt(100);
            String postKind = kind < 80 ? "一般从业人员" : kind < 90 ? "特种作业人员" : kind < 95 ? "安全生产管理人员" : "主要负责人";
            rows.add(RosterFiles.row("员工" + n, id, "13" + (100_000_000 + random.nextInt(900_000_000)),
                    departments.get(random.nextInt(departments.size())), postKind, kind >= 80 && kind < 90 ? "低压电工作业" : null,
                    LocalDate.of(2017, 1, 1).plusDays(random.nextInt(2900)).toString()));
        }
        return rows;
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("员工名单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        row.createCell(c).setCellValue(cells.get(c).toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static byte[] csv(List<List<Object>> rows) {
        return RosterFiles.csv(rows, StandardCharsets.UTF_8, true);
    }

    private static void awaitReady(String base, Process app, List<String> log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited:\n" + String.join("\n", log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("not ready in 3 minutes:\n" + String.join("\n", log));
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1048576.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
