package org.anxue.creditbank;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anxue.creditbank.model.BureauPath;
import org.anxue.creditbank.model.ComputingAStatement;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.CreditAccounts;
import org.anxue.creditbank.model.CreditPolicy;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.PostingAnOnlineCompletion;
import org.anxue.creditbank.model.TrainingPeriod;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.local.HeapPeak;
import org.anxue.local.LocalPostgres;
import org.flywaydb.core.Flyway;

/**
 * The credit bank's numbers against a real embedded PostgreSQL (fsync on), all migrations applied:
 * <ol>
 * <li>a statement for a person with 200 entries (load the rows, verify the chain, compute, digest): p50 and
 *     p99 over 300 runs, next to the same for a person with 2 entries;</li>
 * <li>verifying a ledger of 1,000,000 entries (5,000 accounts × 200) from the database: time and entries/s,
 *     next to re-hashing the same entries already in memory;</li>
 * <li>the status (达标 / 未达标) of 100,000 people of a bureau for the year: time and heap, next to the policy
 *     preview over the same people (two catalogs).</li>
 * </ol>
 * A main, not a test. Usage: {@code deploy/bench/creditbank.sh [entries=1000000] [people=100000]}.
 */
public final class CreditBankBenchmark {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 28);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("anxue-creditbank-bench");
        try (LocalPostgres postgres = new LocalPostgres(dir.resolve("postgres"), 0).start()) {
            String url = postgres.jdbcUrl() + "?reWriteBatchedInserts=true";
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                c.setAutoCommit(false);
                run(c, entries, people);
            }
        } finally {
            deleteTree(dir);
        }
        System.exit(0);
    }

    static void run(Connection c, int entries, int people) throws Exception {
        seedOrganisation(c);
        CreditPolicy policy = CreditPolicy.withDefaults(Policies.policyIdOf(1), 1, "1", Policies.DEFAULT_EFFECTIVE_FROM);
        Policies.insert(c, 1, policy, "bench", "bench", false);
        c.commit();
        PolicyCatalog catalog = PolicyCatalog.of(policy);
        BureauPath path = BureauPath.of("1");

        int perAccount = 200;
        int accounts = Math.max(1, entries / perAccount);
        long start = System.nanoTime();
        List<PersonKey> keys = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            PersonKey key = key(900_000_000L + a);
            keys.add(key);
            writeAccount(c, key, postings(key, path, catalog, perAccount));
            if (a % 100 == 99) {
                c.commit();
            }
        }
        c.commit();
        long loaded = (long) accounts * perAccount;
        System.out.printf(Locale.ROOT, "built %,d entries in %,d accounts in %.1f s%n", loaded, accounts, secs(start));

        // 1. statements
        PersonKey small = key(800_000_000L);
        writeAccount(c, small, postings(small, path, catalog, 2));
        c.commit();
        TrainingPeriod period = TrainingPeriod.calendarYear(TrainingType.ROUTINE, YEAR);
        for (PersonKey person : new PersonKey[] {keys.get(accounts / 2), small}) {
            long[] times = new long[300];
            for (int i = -50; i < times.length; i++) {
                long t = System.nanoTime();
                CreditAccount account = CreditAccount.restore(person, Ledger.entries(c, person));
                var s = ComputingAStatement.of(account, PostKind.GENERAL_WORKER, IndustryTier.HIGH_RISK, period, policy, Instant.now());
                if (s.entries().isEmpty()) {
                    throw new IllegalStateException("no entries counted");
                }
                if (i >= 0) {
                    times[i] = System.nanoTime() - t;
                }
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "statement, %d entries: p50 %.2f ms, p99 %.2f ms (300 runs after 50 warm-up)%n",
                    Ledger.entries(c, person).size(), times[150] / 1e6, times[296] / 1e6);
        }
        c.commit();

        // 2. verify
        System.gc();
        start = System.nanoTime();
        LedgerCheck.Result result = LedgerCheck.run(c);
        double seconds = secs(start);
        c.commit();
        System.out.printf(Locale.ROOT, "verify from PostgreSQL: %,d entries in %,d accounts, %s, %.1f s, %,.0f entries/s, root %s%n",
                result.entries(), result.accounts(), result.intact() ? "intact" : "BROKEN", seconds,
                result.entries() / seconds, result.root().substring(0, 16));
        List<LedgerEntry> sample = new ArrayList<>();
        for (int a = 0; a < Math.min(accounts, 500); a++) {
            sample.addAll(Ledger.entries(c, keys.get(a)));
        }
        c.commit();
        start = System.nanoTime();
        var audit = new org.anxue.creditbank.model.LedgerAudit();
        sample.forEach(audit::accept);
        audit.finish();
        seconds = secs(start);
        System.out.printf(Locale.ROOT, "  the same re-hashing in memory (%,d entries): %,.0f entries/s%n", sample.size(),
                sample.size() / seconds);
        sample = null;

        // 3. status of many people
        start = System.nanoTime();
        seedPeople(c, people);
        c.commit();
        System.out.printf(Locale.ROOT, "built %,d people with an open employment and 2 online entries each in %.1f s%n",
                people, secs(start));
        for (boolean preview : new boolean[] {false, true}) {
            HeapPeak heap = HeapPeak.start(20);
            start = System.nanoTime();
            StatusReport.Counts counts = StatusReport.run(c, "/1/", YEAR, TODAY, catalog, preview ? catalog : null);
            seconds = secs(start);
            heap.stop();
            c.commit();
            System.out.printf(Locale.ROOT, "%s of %,d people (%,d met, %,d not met): %.1f s, heap peak %.0f MB above %.0f MB%n",
                    preview ? "policy preview (two catalogs)" : "status", counts.people(), counts.met(), counts.notMet(),
                    seconds, heap.peakAboveBaseline() / 1e6, heap.baseline() / 1e6);
        }
    }

    /** {@code count} online completions of 45 minutes each (1 学时) in the year, hashed by the model. */
    static List<LedgerEntry> postings(PersonKey person, BureauPath path, PolicyCatalog catalog, int count) {
        List<LedgerEntry> stored = new ArrayList<>();
        CreditAccounts memory = collectingInto(stored, person);
        var posting = new PostingAnOnlineCompletion(memory, catalog, CLOCK);
        for (int i = 0; i < count; i++) {
            var result = posting.post(new PostingAnOnlineCompletion.OnlineCompletion(person, path, "course-" + (i % 40),
                    LocalDate.of(YEAR, 1 + i % 10, 1 + i % 28), Duration.ofMinutes(45), true, "attempt-" + person.value() + "-" + i,
                    "sessions:" + i, TrainingType.ROUTINE, "", CreditBank.LEARNING_SOURCE, CreditBank.LEARNING_POSTER));
            if (!result.isPosted()) {
                throw new IllegalStateException(result.toString());
            }
        }
        return stored;
    }

    /** One new account in memory for the model's use cases to post to; the entries they store land in {@code stored}. */
    public static CreditAccounts collectingInto(List<LedgerEntry> stored, PersonKey person) {
        CreditAccount account = CreditAccount.open(person);
        return new CreditAccounts() {
            @Override
            public CreditAccount accountOf(PersonKey key) {
                return account;
            }

            @Override
            public void store(LedgerEntry entry) {
                stored.add(entry);
            }
        };
    }

    /** Stores the city's default policy version for bureau 1 (as the application seeds it) and returns it. */
    public static PolicyCatalog seedCityPolicy(Connection c) throws SQLException {
        CreditPolicy policy = CreditPolicy.withDefaults(Policies.policyIdOf(1), 1, "1", Policies.DEFAULT_EFFECTIVE_FROM);
        Policies.insert(c, 1, policy, "bench", "bench", false);
        return PolicyCatalog.of(policy);
    }

    /** Stores an account's head and entries (sealed by the model) as the ledger would. */
    public static void writeAccount(Connection c, PersonKey person, List<LedgerEntry> entries) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "insert into credit_account (id_number, head_sequence, head_hash) values (?, ?, ?)")) {
            q.setString(1, person.value());
            q.setLong(2, entries.size());
            q.setString(3, entries.get(entries.size() - 1).hash());
            q.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement(LedgerRows.INSERT)) {
            for (LedgerEntry entry : entries) {
                LedgerRows.bind(q, entry);
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    static void seedOrganisation(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into bureau (id, code, name, level) values (1, '331000', '台州市应急管理局', 'CITY')");
            s.execute("insert into company (id, credit_code, name, industry, risk_tier, bureau_id, approval_status)"
                    + " values (1, '91331002000000000X', '基准企业', 'CHEMICAL', 'HIGH_RISK', 1, 'APPROVED')");
            s.execute("insert into post (id, company_id, name, kind) values (1, 1, '操作工', 'GENERAL')");
        }
    }

    /** People 1..n with an open employment in the city's company, each with 2 online entries this year. */
    static void seedPeople(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into person (id, id_number, name, gender, birth_date) select g,"
                    + " '3310021990' || lpad(g::text, 7, '0') || '1', '员工' || g, 'MALE', date '1990-01-01'"
                    + " from generate_series(1, " + n + ") g");
            s.execute("insert into employment (id, person_id, company_id, post_id, post_kind, start_date)"
                    + " select g, g, 1, 1, 'GENERAL', date '2024-01-01' from generate_series(1, " + n + ") g");
        }
        CreditPolicy policy = CreditPolicy.withDefaults(Policies.policyIdOf(1), 1, "1", Policies.DEFAULT_EFFECTIVE_FROM);
        PolicyCatalog catalog = PolicyCatalog.of(policy);
        for (int i = 1; i <= n; i++) {
            PersonKey key = new PersonKey("3310021990" + String.format(Locale.ROOT, "%07d", i) + "1");
            writeAccount(c, key, postings(key, BureauPath.of("1"), catalog, 2));
            if (i % 2000 == 0) {
                c.commit();
            }
        }
    }

    static PersonKey key(long n) {
        return new PersonKey("33100219" + String.format(Locale.ROOT, "%010d", n));
    }

    public static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
