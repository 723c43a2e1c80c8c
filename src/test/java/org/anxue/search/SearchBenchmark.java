package org.anxue.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxue.catalog.Supermarket;
import org.anxue.local.BootstrapSettings;
import org.anxue.local.LocalEngines;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Benchmark, a main and not a test (the figures depend on the machine): generates 10,000
 * published courses (titles, summaries and outlines from the domain's words, 20 institutions) in
 * the embedded PostgreSQL, times a full rebuild of the course index (new index, bulk load, alias
 * switch) on the embedded Elasticsearch node, then runs the same mix of queries against
 * Elasticsearch (the real request: words over both analyses, five facet aggregations, highlighting)
 * and against the plain PostgreSQL query of the fallback (ILIKE on title, summary, institution and
 * outline), one after the other in the same run, from N client threads for S seconds each, and
 * prints p50/p99 latency and throughput; then Elasticsearch once more without facets and
 * highlighting, to show what they cost. The search code is the application's (CourseSearch,
 * PostgresSearch, IndexRebuild), outside HTTP.
 *
 * <pre>
 * deploy/bench/search.sh [courses threads seconds]      (defaults: 10000 4 20)
 * </pre>
 */
public final class SearchBenchmark {

    static final List<String> QUERIES = List.of("危化品", "有限空间", "受限空间 作业", "动火", "明火作业", "电工 复审",
            "PLC 安全", "烟花", "粉尘防爆", "应急预案 演练", "主要负责人 再培训", "高处作业", "触电急救", "尾矿库",
            "特种作业", "煤气", "叉车", "安全管理人员", "事故案例", "焊接");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int courses = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path data = Files.createTempDirectory("anxue-search-bench-");
        Map<String, String> props = new HashMap<>();
        props.put(BootstrapSettings.DATA_DIR, data.toString());
        props.put(BootstrapSettings.POSTGRES_PORT, "0");
        props.put(BootstrapSettings.S3_PORT, "0");
        props.put(BootstrapSettings.ELASTICSEARCH_PORT, "0");
        props.put(LocalEngines.DEMO_CONTENT, "false");
        System.out.printf("Anxue search benchmark (%d cores, %s): %d courses, %d client threads, %d s per engine%n",
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now(), courses, threads, seconds);
        try (LocalEngines engines = LocalEngines.startMissing(new BootstrapSettings(props, Map.of()))) {
            Map<String, String> config = engines.config();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(config.get(BootstrapSettings.JDBC_URL));
            dataSource.setUser(config.get("quarkus.datasource.username"));
            dataSource.setPassword(config.getOrDefault("quarkus.datasource.password", ""));
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            generate(dataSource, courses);
            System.out.printf("generated %d courses in PostgreSQL in %.1f s%n", courses, seconds(t0));

            String hosts = config.get(BootstrapSettings.ELASTICSEARCH_HOSTS);
            try (RestClient client = RestClient.builder(HttpHost.create("http://" + hosts)).build()) {
                SearchConfig searchConfig = new BenchConfig();
                ObjectMapper json = new ObjectMapper();
                CourseIndex index = new CourseIndex(() -> client, searchConfig, json);
                CourseDocuments documents = new CourseDocuments();
                IndexRebuild rebuild = new IndexRebuild(dataSource, index, documents, searchConfig);
                PostgresSearch postgres = new PostgresSearch(dataSource, documents);
                CourseSearch search = new CourseSearch(index, null, postgres, searchConfig, json);

                for (int round = 1; round <= 2; round++) {
                    long r0 = System.nanoTime();
                    IndexRebuild.Progress done = rebuild.runNow("benchmark");
                    System.out.printf("rebuild %d: %d courses into %s, alias switched, in %.1f s (%s)%n", round,
                            done.done(), done.indexName(), seconds(r0), done.status());
                }
                System.out.printf("index: %d documents behind %s%n", index.count(searchConfig.alias()), searchConfig.alias());

                Engine es = q -> search.elasticsearch(searchConfig.alias(), filter(q), CourseSearch.Order.RELEVANCE).total();
                Engine pg = q -> postgres.search(filter(q), CourseSearch.Order.RELEVANCE).total();
                // the same request without highlighting, and without facets and highlighting: what they cost
                Engine esNoHighlight = q -> index.search(searchConfig.alias(), search.query(filter(q), CourseSearch.Order.RELEVANCE,
                        0, 12, CourseSearch.Strictness.ALL_WORDS, true, CourseSearch.Analysis.BOTH)
                        .without("highlight")).path("hits").path("total").path("value").asLong();
                Engine esHitsOnly = q -> index.search(searchConfig.alias(), search.query(filter(q), CourseSearch.Order.RELEVANCE,
                        0, 12, CourseSearch.Strictness.ALL_WORDS, false, CourseSearch.Analysis.BOTH)
                        .without("highlight")).path("hits").path("total").path("value").asLong();
                long esHits = 0;
                long pgHits = 0;
                for (String q : QUERIES) {
                    esHits += es.search(q);
                    pgHits += pg.search(q);
                }
                System.out.printf("matches over the %d queries: Elasticsearch %d, PostgreSQL %d%n", QUERIES.size(), esHits, pgHits);
                warm(es, 3);
                warm(pg, 3);
                print("Elasticsearch", run(es, threads, seconds));
                print("PostgreSQL ILIKE", run(pg, threads, seconds));
                warm(esNoHighlight, 1);
                print("ES, no highlights", run(esNoHighlight, threads, seconds));
                warm(esHitsOnly, 1);
                print("ES, hits only", run(esHitsOnly, threads, seconds));
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    interface Engine {
        long search(String q) throws Exception;
    }

    record Figures(int requests, double seconds, List<Long> micros) {
    }

    static Supermarket.Filter filter(String q) {
        return new Supermarket.Filter(null, null, null, null, null, null, q, Supermarket.Sort.NEWEST, 1, 12);
    }

    private static void warm(Engine engine, int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            for (String q : QUERIES) {
                engine.search(q);
            }
        }
    }

    private static Figures run(Engine engine, int threads, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String q = QUERIES.get(i++ % QUERIES.size());
                    long s = System.nanoTime();
                    engine.search(q);
                    micros.add((System.nanoTime() - s) / 1_000);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Figures(sorted.size(), seconds(start), sorted);
    }

    private static void print(String name, Figures f) {
        System.out.printf("(load average %s)%n", loadAverage());
        System.out.printf("%-18s %7d searches in %.1f s: %7.1f searches/s, p50 %6.1f ms, p99 %6.1f ms%n", name,
                f.requests(), f.seconds(), f.requests() / f.seconds(), percentile(f.micros(), 0.50) / 1000.0,
                percentile(f.micros(), 0.99) / 1000.0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Courses with titles, summaries and outlines combined from the domain's words. */
    static void generate(javax.sql.DataSource dataSource, int courses) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into bureau (id, code, name, level) values (nextval('bureau_seq'), 'BENCH', '基准市应急管理局', 'CITY')");
            s.execute("""
                    insert into institution (id, name, licence_number, approving_bureau_id, status)
                    select nextval('institution_seq'), '基准培训机构' || g, 'BENCH-' || g, (select id from bureau where code = 'BENCH'), 'APPROVED'
                    from generate_series(1, 20) g""");
            s.execute("""
                    create temporary table words as select
                      array['危险化学品','有限空间','动火作业','低压电工','高处作业','粉尘防爆','烟花爆竹','金属冶炼','非煤矿山',
                            '应急救援','特种作业','涉氨制冷','可编程控制器','场内机动车辆','焊接与热切割','电气火灾','事故案例',
                            '安全生产法','尾矿库','煤气'] as topics,
                      array['安全管理','操作规程','复审培训','初训','再培训','岗前培训','案例分析','应急处置','风险辨识','隐患排查'] as kinds,
                      array['主要负责人','安全管理人员','特种作业人员','一般从业人员','班组长','新员工'] as audiences,
                      array['CHEMICAL','NON_COAL_MINE','METAL_SMELTING','FIREWORKS','INDUSTRY_TRADE','OTHER'] as industries,
                      array['PRINCIPAL','SAFETY_MANAGER','SPECIAL_OPERATION_WORKER','GENERAL_WORKER'] as posts,
                      array['INITIAL','REFRESHER','REVIEW','PRE_JOB','ROUTINE'] as types""");
            s.execute("""
                    create temporary table gen as
                    select g, nextval('course_seq') as course_id, nextval('course_version_seq') as version_id,
                           (select id from institution where licence_number = 'BENCH-' || (1 + g % 20)) as institution_id
                    from generate_series(1, ?) g""".replace("?", Integer.toString(courses)));
            s.execute("insert into course (id, institution_id) select course_id, institution_id from gen");
            s.execute("""
                    insert into course_version (id, course_id, number, status, title, summary, training_type, declared_hours, pass_mark)
                    select version_id, course_id, 1, 'DRAFT',
                           w.topics[1 + g % 20] || w.kinds[1 + (g / 20) % 10] || '（' || w.audiences[1 + (g / 7) % 6] || '）第' || g || '期',
                           '面向' || w.audiences[1 + (g / 7) % 6] || '，讲解' || w.topics[1 + (g / 3) % 20] || '与'
                             || w.topics[1 + (g / 11) % 20] || '的' || w.kinds[1 + g % 10] || '要点。',
                           w.types[1 + g % 5], 1 + (g % 32) * 0.5, 80
                    from gen, words w""");
            s.execute("""
                    insert into course_version_industry (version_id, industry)
                    select version_id, w.industries[1 + g % 6] from gen, words w""");
            s.execute("""
                    insert into course_version_post_kind (version_id, post_kind)
                    select version_id, w.posts[1 + g % 4] from gen, words w""");
            s.execute("""
                    insert into course_chapter (id, version_id, position, title)
                    select nextval('course_chapter_seq'), version_id, p, '第' || (p + 1) || '章 ' || w.topics[1 + (g + p * 5) % 20]
                    from gen, words w, generate_series(0, 1) p""");
            s.execute("""
                    insert into course_lesson (id, chapter_id, version_id, position, lesson_key, title, kind)
                    select nextval('course_lesson_seq'), ch.id, ch.version_id, l, gen_random_uuid(),
                           w.kinds[1 + (ch.id / 50 + l) % 10] || '：' || w.topics[1 + (ch.id / 50 + l * 3) % 20], 'VIDEO'
                    from course_chapter ch join gen on gen.version_id = ch.version_id, words w, generate_series(0, 2) l""");
            s.execute("""
                    update course_version v set status = 'PUBLISHED', published_at = now() - (gen.g || ' minutes')::interval
                    from gen where v.id = gen.version_id""");
            s.execute("update course c set published_version_id = gen.version_id from gen where c.id = gen.course_id");
            c.commit();
            s.execute("analyze");
        }
    }

    private static final class BenchConfig implements SearchConfig {
        @Override public boolean elasticsearchEnabled() { return true; }
        @Override public String alias() { return "anxue-courses"; }
        @Override public String synonyms() { return "classpath:content/search/synonyms.txt"; }
        @Override public int outboxBatch() { return 200; }
        @Override public Duration maxBackoff() { return Duration.ofSeconds(30); }
        @Override public Duration appliedRetention() { return Duration.ofDays(7); }
        @Override public int rebuildBatch() { return 500; }
        @Override public Duration rebuildStaleAfter() { return Duration.ofMinutes(2); }
    }
}
