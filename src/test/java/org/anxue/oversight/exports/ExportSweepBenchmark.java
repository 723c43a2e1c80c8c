package org.anxue.oversight.exports;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxue.local.BootstrapSettings;
import org.anxue.local.LocalEngines;
import org.anxue.media.MediaConfig;
import org.anxue.media.MediaStore;
import org.anxue.media.StorageConfig;
import org.flywaydb.core.Flyway;

/**
 * Benchmark, a main and not a test (the figures depend on the machine): the retention sweep of background exports
 * ({@link ExportJobs#sweep}) on the embedded PostgreSQL and S3 server (S3Proxy), outside HTTP. In one run:
 * <ol>
 * <li>after a warm-up backlog of N/10 (not counted), a backlog of N expired DONE jobs (one small object each) swept
 * by one sweeper, then another N swept by two sweepers started together (two replicas), which share the jobs
 * through {@code FOR UPDATE SKIP LOCKED}; both twice over;</li>
 * <li>the sweep with nothing due (what every replica does every hour), over a table that holds the 4N EXPIRED
 * jobs and N younger DONE ones: mean of 50.</li>
 * </ol>
 *
 * <pre>
 * ./mvnw -q -B -ntp test-compile -DskipEmbeddedElasticsearch=true
 * ./mvnw -q -B -ntp exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.anxue.oversight.exports.ExportSweepBenchmark -Dexec.args="2000"
 * </pre>
 */
public final class ExportSweepBenchmark {

    private ExportSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path data = Files.createTempDirectory("anxue-sweep-bench-");
        Map<String, String> props = new HashMap<>();
        props.put(BootstrapSettings.DATA_DIR, data.toString());
        props.put(BootstrapSettings.POSTGRES_PORT, "0");
        props.put(BootstrapSettings.S3_PORT, "0");
        props.put(BootstrapSettings.ELASTICSEARCH_ENABLED, "false");
        props.put(LocalEngines.DEMO_CONTENT, "false");
        System.out.printf("Anxue export retention sweep benchmark (%d cores, %s): %d jobs per backlog%n",
                Runtime.getRuntime().availableProcessors(), Instant.now(), n);
        try (LocalEngines engines = LocalEngines.startMissing(new BootstrapSettings(props, Map.of()))) {
            Map<String, String> config = engines.config();
            // a connection pool, as the application has (Agroal, the pool Quarkus uses)
            AgroalDataSource ds = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool.maxSize(8).connectionFactoryConfiguration(factory -> factory
                            .jdbcUrl(config.get(BootstrapSettings.JDBC_URL))
                            .principal(new NamePrincipal(config.get("quarkus.datasource.username")))
                            .credential(new SimplePassword(config.getOrDefault("quarkus.datasource.password", ""))))));
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

            Map<String, Object> s3 = Map.of("endpoint", config.get(BootstrapSettings.S3_ENDPOINT),
                    "accessKey", config.get("anxue.s3.access-key"), "secretKey", config.get("anxue.s3.secret-key"),
                    "bucket", "anxue-bench", "region", "us-east-1", "publicS3Endpoint", Optional.empty());
            MinioClient client = MinioClient.builder().endpoint((String) s3.get("endpoint"))
                    .credentials((String) s3.get("accessKey"), (String) s3.get("secretKey")).region("us-east-1").build();
            client.makeBucket(MakeBucketArgs.builder().bucket("anxue-bench").build());
            MediaStore store = new MediaStore(client, config(StorageConfig.class, s3), config(MediaConfig.class, s3));
            ExportJobs jobs = new ExportJobs(ds, null, store, new ExportConfig() {
                @Override
                public Duration retention() {
                    return Duration.ofDays(7);
                }

                @Override
                public Duration sweepEvery() {
                    return Duration.ofHours(1);
                }
            });
            long bureau;
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into bureau (id, code, name, level, path) values (9100001, 'B9100001', '基准市应急管理局', 'CITY', '/9100001/')");
                bureau = 9100001;
            }
            Path file = Files.createTempFile("sweep-", ".pdf");
            Files.write(file, "%PDF-1.4 benchmark file of one export".getBytes(StandardCharsets.US_ASCII));
            try {
                Instant now = Instant.now();
                // warm-up (JIT, connections, S3Proxy), not counted
                seed(ds, store, bureau, file, Math.max(50, n / 10), now.minus(Duration.ofDays(8)));
                jobs.sweep(now);
                // one sweeper, then two at once, twice over (so neither profits from going second)
                for (int round = 1; round <= 2; round++) {
                    long t0 = System.nanoTime();
                    seed(ds, store, bureau, file, n, now.minus(Duration.ofDays(8)));
                    System.out.printf("round %d: seeded %d expired jobs with their objects in %.1f s%n", round, n, seconds(t0));
                    long t1 = System.nanoTime();
                    print("one sweeper", jobs.sweep(now).expired(), seconds(t1));

                    seed(ds, store, bureau, file, n, now.minus(Duration.ofDays(8)));
                    ExecutorService two = Executors.newFixedThreadPool(2);
                    long t2 = System.nanoTime();
                    Future<ExportJobs.Swept> a = two.submit(() -> jobs.sweep(now));
                    Future<ExportJobs.Swept> b = two.submit(() -> jobs.sweep(now));
                    ExportJobs.Swept sa = a.get();
                    ExportJobs.Swept sb = b.get();
                    double twoSweepers = seconds(t2);
                    two.shutdown();
                    print("two sweepers at once", sa.expired() + sb.expired(), twoSweepers);
                    System.out.printf("  (shared %d + %d, none twice: %s)%n", sa.expired(), sb.expired(),
                            sa.expired() + sb.expired() == n ? "yes" : "NO");
                }

                seed(ds, store, bureau, file, n, now.minus(Duration.ofDays(1)));
                for (int i = 0; i < 5; i++) {
                    jobs.sweep(now);
                }
                int runs = 50;
                long t3 = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    if (jobs.sweep(now).expired() != 0) {
                        throw new IllegalStateException("a young job expired");
                    }
                }
                System.out.printf("%-22s %8.2f ms per sweep (mean of %d, over the jobs below)%n", "nothing due",
                        seconds(t3) * 1000 / runs, runs);
                try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select status, count(*) from oversight_export_job group by status order by 1")) {
                    StringBuilder counts = new StringBuilder();
                    while (r.next()) {
                        counts.append(' ').append(r.getString(1)).append('=').append(r.getLong(2));
                    }
                    System.out.println("jobs by status:" + counts + "; objects left in S3: " + store.list("exports/").size()
                            + " (the DONE ones)");
                }
            } finally {
                Files.deleteIfExists(file);
                ds.close();
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void print(String what, int expired, double seconds) {
        System.out.printf("%-22s %,6d expired in %6.2f s = %,7.0f jobs/s%n", what, expired, seconds, expired / seconds);
    }

    /** N DONE jobs finished at {@code finished}, each with its object under exports/<id>/ (4 threads). */
    private static void seed(AgroalDataSource ds, MediaStore store, long bureau, Path file, int n, Instant finished)
            throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into oversight_export_job (bureau_id, kind, subject_id, subject_name, status, progress, object_key,
                    file_name, file_size, requested_by, started_at, finished_at)
                select ?, 'PERSON', g, '基准人员' || g, 'DONE', 100, 'exports/pending/' || g, 'person-' || g || '.pdf', ?,
                    '基准检查员', ?, ? from generate_series(1, ?) g returning id""")) {
            s.setLong(1, bureau);
            s.setLong(2, Files.size(file));
            s.setObject(3, finished.atOffset(ZoneOffset.UTC));
            s.setObject(4, finished.atOffset(ZoneOffset.UTC));
            s.setInt(5, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update oversight_export_job set object_key = 'exports/' || id || '/person.pdf'"
                    + " where object_key like 'exports/pending/%'");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (long id : ids) {
                puts.add(pool.submit(() -> {
                    store.put(ExportJobs.prefix(id) + "person.pdf", file, "application/pdf");
                    return null;
                }));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A config interface answered from a map (the methods the store's constructor reads). */
    @SuppressWarnings("unchecked")
    private static <T> T config(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
