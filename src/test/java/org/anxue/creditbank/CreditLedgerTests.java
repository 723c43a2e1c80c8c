package org.anxue.creditbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.anxue.creditbank.model.ChainVerdict;
import org.anxue.creditbank.model.ChainVerification;
import org.anxue.creditbank.model.EntryKind;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.OnlineCourseCompleted;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.learning.CourseCompleted;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The stored ledger: postings from course completions, append-only rows, serialised concurrent postings. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditLedgerTests {

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    Ledger ledger;

    @Inject
    Policies policies;

    @Inject
    DataSource dataSource;

    @Test
    void shouldPostTheOnlineEntryOfACompletedCourseInTheCompletionsTransaction() {
        CreditFixtures.World world = CreditFixtures.world();
        CourseCompleted done = CreditFixtures.completion(world.worker().personId(), "ROUTINE", 90,
                Instant.parse("2026-03-02T02:00:00Z"));

        QuarkusTransaction.requiringNew().run(() -> completions.fire(done));

        List<LedgerEntry> entries = ledger.entriesOf(new PersonKey(world.worker().idNumber()));
        assertThat(entries).hasSize(1);
        LedgerEntry entry = entries.get(0);
        assertThat(entry.kind()).isEqualTo(EntryKind.ONLINE_COURSE_COMPLETED);
        assertThat(entry.rawHours().canonical()).as("90 minutes of 45-minute 学时").isEqualTo("2.00");
        assertThat(entry.creditedHours().canonical()).isEqualTo("2.00");
        assertThat(entry.policyVersion().canonical()).isEqualTo(Policies.policyIdOf(world.tree().city()) + "@1");
        assertThat(entry.countsToward().type()).isEqualTo(TrainingType.ROUTINE);
        assertThat(entry.countsToward().from().getYear()).isEqualTo(2026);
        assertThat(entry.evidenceReference()).startsWith("sessions:").contains(done.sessionIds().get(0).toString());
        assertThat(((OnlineCourseCompleted) entry.details()).testAttemptRef()).isEqualTo("test-attempt-" + done.testAttemptId());
        assertThat(entry.postedBy()).isEqualTo(CreditBank.LEARNING_POSTER);
        assertThat(ChainVerification.verify(entry.person(), entries).isIntact()).isTrue();
    }

    @Test
    void shouldPostNothingWhenTheCompletionRollsBack() {
        CreditFixtures.World world = CreditFixtures.world();
        CourseCompleted done = CreditFixtures.completion(world.worker().personId(), "ROUTINE", 45, Instant.now());

        QuarkusTransaction.begin();
        try {
            completions.fire(done);
            assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).as("seen inside").hasSize(1);
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).isEmpty();
    }

    @Test
    void shouldPostTheSameTestAttemptOnlyOnce() {
        CreditFixtures.World world = CreditFixtures.world();
        CourseCompleted done = CreditFixtures.completion(world.worker().personId(), "ROUTINE", 45, Instant.now());

        QuarkusTransaction.requiringNew().run(() -> completions.fire(done));
        QuarkusTransaction.requiringNew().run(() -> completions.fire(done));

        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).hasSize(1);
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAStoredEntry() {
        CreditFixtures.World world = CreditFixtures.world();
        QuarkusTransaction.requiringNew().run(() -> completions.fire(
                CreditFixtures.completion(world.worker().personId(), "ROUTINE", 45, Instant.now())));

        assertThatThrownBy(() -> execute("update credit_entry set credited_hours = 99 where id_number = ?",
                world.worker().idNumber())).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from credit_entry where id_number = ?", world.worker().idNumber()))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber())).get(0).creditedHours().canonical())
                .isEqualTo("1.00");
    }

    @Test
    void shouldSerialiseConcurrentPostingsToOneAccountSoThatTheChainNeverForks() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        int postings = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < postings; i++) {
                CourseCompleted done = CreditFixtures.completion(world.worker().personId(), "ROUTINE", 45, Instant.now());
                futures.add(pool.submit((Callable<Void>) () -> {
                    QuarkusTransaction.requiringNew().run(() -> completions.fire(done));
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        PersonKey person = new PersonKey(world.worker().idNumber());
        List<LedgerEntry> entries = ledger.entriesOf(person);
        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        ChainVerdict verdict = ChainVerification.verify(person, entries);
        assertThat(verdict.isIntact()).isTrue();
        assertThat(ledger.storedHead(person).orElseThrow().hash()).isEqualTo(entries.get(postings - 1).hash());
    }

    @Test
    void shouldSeedTheDomainDefaultsForACityBureau() {
        CreditFixtures.World world = CreditFixtures.world();
        var versions = QuarkusTransaction.requiringNew().call(() -> policies.versionsOf(world.tree().city()));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).minutesPerHour()).isEqualTo(45);
        assertThat(versions.get(0).requirements()).hasSize(14);
        assertThat(QuarkusTransaction.requiringNew().call(() -> policies.versionsOf(world.tree().districtA()))).isEmpty();
    }

    private void execute(String sql, String idNumber) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, idNumber);
            q.executeUpdate();
        }
    }

    static long count(DataSource dataSource, String sql, String idNumber) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, idNumber);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
