package org.anxue.creditbank.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a ledger of 1,000,000 entries across 5,000 accounts (200 each) in memory and times its
 * verification: per account with {@link ChainVerification}, in one pass with {@link LedgerAudit} (which also
 * builds the root over all heads), and per account on all cores. A main, not a test: timings depend on the
 * machine. Single-thread figures also give the thread's CPU time, which stays meaningful when other processes
 * compete for the cores (wall-clock entries/s then understate the speed).
 *
 * <pre>
 * ./mvnw -q -B test-compile -DskipEmbeddedElasticsearch=true
 * java -Xmx4g -cp target/classes:target/test-classes org.anxue.creditbank.model.ChainVerificationBenchmark [entries] [accounts]
 * </pre>
 */
public final class ChainVerificationBenchmark {

    private static final int ROUNDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int accountCount = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int perAccount = entries / accountCount;

        long start = System.nanoTime();
        List<CreditAccount> accounts = build(accountCount, perAccount);
        long total = (long) accountCount * perAccount;
        report("build and hash", total, System.nanoTime() - start);

        for (int round = 1; round <= ROUNDS; round++) {
            System.out.printf(Locale.ROOT, "round %d of %d%n", round, ROUNDS);
            start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long verified = verifyEachAccount(accounts);
            report("  verify each chain, 1 thread", verified, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);

            start = System.nanoTime();
            cpu = THREADS.getCurrentThreadCpuTime();
            LedgerAudit audit = new LedgerAudit();
            for (CreditAccount account : accounts) {
                account.entries().forEach(audit::accept);
            }
            LedgerAudit.Report result = audit.finish();
            report("  one-pass audit + Merkle root, 1 thread", result.entries(), System.nanoTime() - start,
                    THREADS.getCurrentThreadCpuTime() - cpu);
            if (!result.isIntact() || result.accounts() != accountCount) {
                throw new IllegalStateException("the benchmark ledger should verify");
            }

            start = System.nanoTime();
            AtomicLong parallel = new AtomicLong();
            accounts.parallelStream().forEach(account -> parallel.addAndGet(verifyOne(account)));
            report("  verify each chain, " + Runtime.getRuntime().availableProcessors() + " cores", parallel.get(),
                    System.nanoTime() - start);
        }
    }

    private static List<CreditAccount> build(int accountCount, int perAccount) {
        EntryHasher hasher = new EntryHasher();
        PolicyVersionRef policy = new PolicyVersionRef("city-330100-policy", 3);
        Instant postedAt = Instant.parse("2026-01-05T02:00:00.000001Z");
        List<CreditAccount> accounts = new ArrayList<>(accountCount);
        for (int a = 0; a < accountCount; a++) {
            CreditAccount account = CreditAccount.open(new PersonKey(String.format(Locale.ROOT, "33010219%010d", a)));
            for (int i = 0; i < perAccount; i++) {
                LocalDate day = LocalDate.of(2020 + i % 6, 1 + i % 12, 1 + i % 28);
                TrainingPeriod period = TrainingPeriod.calendarYear(TrainingType.REFRESHER, day.getYear());
                NewEntry draft = i % 2 == 0
                        ? new NewEntry(day, "learning", "sessions/" + a + "/" + i, Hours.of("1.33"), Hours.of("1.33"),
                        policy, "system:learning", period, new OnlineCourseCompleted("course-" + i % 400, 3600, true, "attempt-" + a + "-" + i))
                        : new NewEntry(day, "institution:安全培训中心", "roster/" + a + "/" + i, Hours.of(4), Hours.of(4),
                        policy, "officer-zhao", period, new OfflineClassAttended("class-" + i, "course-" + i % 400, "institution-7", "officer-zhao"));
                account.append(draft, postedAt.plusSeconds(i), hasher);
            }
            accounts.add(account);
        }
        return accounts;
    }

    private static long verifyEachAccount(List<CreditAccount> accounts) {
        long verified = 0;
        for (CreditAccount account : accounts) {
            verified += verifyOne(account);
        }
        return verified;
    }

    private static long verifyOne(CreditAccount account) {
        ChainVerdict verdict = ChainVerification.verify(account.person(), account.entries());
        if (!(verdict instanceof ChainVerdict.Intact intact)) {
            throw new IllegalStateException("the benchmark ledger should verify: " + verdict);
        }
        return intact.head().sequence();
    }

    private static void report(String what, long entries, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %,d entries in %.2f s: %,.0f entries/s%n", what, entries, seconds, entries / seconds);
    }

    private static void report(String what, long entries, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %,d entries in %.2f s: %,.0f entries/s (thread CPU %.2f s: %,.0f entries/CPU-s)%n",
                what, entries, seconds, entries / seconds, cpuSeconds, entries / cpuSeconds);
    }
}
