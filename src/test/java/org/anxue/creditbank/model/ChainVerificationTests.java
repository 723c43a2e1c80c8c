package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LI;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerificationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final CreditBank bank = new CreditBank(DAY);

    @BeforeEach
    void postFiveEntries() {
        for (int i = 0; i < 5; i++) {
            posted(bank.offline(WANG, DAY.plusDays(i), "2"));
            bank.clock.advance(Duration.ofMinutes(3));
        }
    }

    @Test
    void shouldFindAnIntactChainIntact() {
        List<LedgerEntry> rows = bank.accounts.rows(WANG);

        ChainVerdict verdict = ChainVerification.verify(WANG, rows);

        assertThat(verdict).isEqualTo(new ChainVerdict.Intact(new AccountHead(WANG, 5, rows.get(4).hash())));
    }

    @Test
    void shouldChainEachEntryToTheOneBeforeItFromTheAccountsGenesis() {
        List<LedgerEntry> rows = bank.accounts.rows(WANG);

        assertThat(rows.get(0).previousHash()).isEqualTo(EntryHasher.genesisHash(WANG));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).previousHash()).isEqualTo(rows.get(i - 1).hash());
        }
        assertThat(EntryHasher.genesisHash(WANG)).isNotEqualTo(EntryHasher.genesisHash(LI));
    }

    @Test
    void shouldDetectAnEntryAlteredAfterPosting() {
        bank.accounts.tamper(WANG, 3, entry -> copy(entry, Hours.of(20)));

        ChainVerdict verdict = ChainVerification.verify(WANG, bank.accounts.rows(WANG));

        assertBroken(verdict, 3, BreakReason.ALTERED);
    }

    @Test
    void shouldDetectAMissingEntry() {
        List<LedgerEntry> rows = bank.accounts.rows(WANG);
        rows.remove(1);

        assertBroken(ChainVerification.verify(WANG, rows), 2, BreakReason.MISSING);
    }

    @Test
    void shouldDetectReorderedEntries() {
        List<LedgerEntry> rows = bank.accounts.rows(WANG);
        Collections.swap(rows, 1, 3);

        assertBroken(ChainVerification.verify(WANG, rows), 2, BreakReason.REORDERED);
    }

    @Test
    void shouldDetectADuplicatedEntry() {
        List<LedgerEntry> rows = bank.accounts.rows(WANG);
        rows.add(2, rows.get(1));

        assertBroken(ChainVerification.verify(WANG, rows), 2, BreakReason.DUPLICATE);
    }

    @Test
    void shouldDetectAnEntryAlteredAndRehashed() {
        EntryHasher hasher = new EntryHasher();
        bank.accounts.tamper(WANG, 3, entry -> rehashed(copy(entry, Hours.of(20)), hasher));

        ChainVerdict verdict = ChainVerification.verify(WANG, bank.accounts.rows(WANG));

        assertBroken(verdict, 4, BreakReason.LINK_BROKEN);
    }

    @Test
    void shouldDetectAnEntryOfAnotherAccount() {
        posted(bank.offline(LI, DAY, "2"));
        List<LedgerEntry> rows = bank.accounts.rows(WANG);
        rows.add(bank.accounts.rows(LI).get(0));

        assertBroken(ChainVerification.verify(WANG, rows), 1, BreakReason.FOREIGN_ENTRY);
    }

    @Test
    void shouldDetectEntriesCutOffTheEndAgainstThePublishedHead() {
        AccountHead published = bank.account(WANG).head();
        List<LedgerEntry> rows = bank.accounts.rows(WANG).subList(0, 3);

        assertThat(ChainVerification.verify(WANG, rows).isIntact()).as("alone, a shorter chain looks fine").isTrue();
        assertBroken(ChainVerification.verify(published, rows), 4, BreakReason.TRUNCATED);
    }

    @Test
    void shouldDetectARewrittenChainAgainstThePublishedHead() {
        AccountHead published = bank.account(WANG).head();
        List<LedgerEntry> rewritten = rewriteFrom(bank.accounts.rows(WANG), 2);

        assertThat(ChainVerification.verify(WANG, rewritten).isIntact()).as("alone, a fully re-hashed chain looks fine").isTrue();
        assertBroken(ChainVerification.verify(published, rewritten), 5, BreakReason.HEAD_MISMATCH);
    }

    @Test
    void shouldAcceptEntriesPostedAfterThePublishedHead() {
        AccountHead published = bank.account(WANG).head();
        posted(bank.offline(WANG, DAY, "1"));

        assertThat(ChainVerification.verify(published, bank.accounts.rows(WANG)).isIntact()).isTrue();
    }

    @Test
    void shouldRefuseToRestoreATamperedAccountSoNothingIsAppendedToIt() {
        bank.accounts.tamper(WANG, 2, entry -> copy(entry, Hours.of(9)));

        assertThatThrownBy(() -> bank.account(WANG))
                .isInstanceOf(LedgerTamperedException.class)
                .hasMessageContaining("broken at entry 2 (ALTERED)")
                .hasMessageNotContaining(WANG.value());
    }

    @Test
    void shouldVerifyEntryByEntryAsTheyStream() {
        ChainVerification verification = new ChainVerification(WANG);
        List<LedgerEntry> rows = bank.accounts.rows(WANG);

        verification.accept(rows.get(0));
        verification.accept(rows.get(1));
        assertThat(verification.finish()).isEqualTo(new ChainVerdict.Intact(new AccountHead(WANG, 2, rows.get(1).hash())));
        verification.accept(rows.get(2));
        assertThat(((ChainVerdict.Intact) verification.finish()).head().sequence()).isEqualTo(3);
    }

    private static void assertBroken(ChainVerdict verdict, long sequence, BreakReason reason) {
        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        ChainVerdict.Broken broken = (ChainVerdict.Broken) verdict;
        assertThat(broken.sequence()).as(broken.explanation()).isEqualTo(sequence);
        assertThat(broken.reason()).as(broken.explanation()).isEqualTo(reason);
    }

    /** The entry with other credited hours and its stored hashes unchanged (an UPDATE of one column). */
    static LedgerEntry copy(LedgerEntry e, Hours credited) {
        return new LedgerEntry(e.person(), e.sequence(), e.occurredOn(), e.source(), e.evidenceReference(), e.rawHours(),
                credited, e.policyVersion(), e.postedBy(), e.postedAt(), e.countsToward(), e.details(), e.previousHash(), e.hash());
    }

    private static LedgerEntry rehashed(LedgerEntry e, EntryHasher hasher) {
        return withHashes(e, e.previousHash(), java.util.HexFormat.of().formatHex(hasher.recompute(e)));
    }

    private static LedgerEntry withHashes(LedgerEntry e, String previous, String hash) {
        return new LedgerEntry(e.person(), e.sequence(), e.occurredOn(), e.source(), e.evidenceReference(), e.rawHours(),
                e.creditedHours(), e.policyVersion(), e.postedBy(), e.postedAt(), e.countsToward(), e.details(), previous, hash);
    }

    /** Alters entry {@code from} and re-hashes it and everything after it, as a forger with database access could. */
    private static List<LedgerEntry> rewriteFrom(List<LedgerEntry> rows, int from) {
        EntryHasher hasher = new EntryHasher();
        List<LedgerEntry> rewritten = new ArrayList<>(rows.subList(0, from - 1));
        String previous = rows.get(from - 2).hash();
        for (LedgerEntry row : rows.subList(from - 1, rows.size())) {
            LedgerEntry changed = row.sequence() == from ? copy(row, Hours.of(20)) : row;
            LedgerEntry linked = withHashes(changed, previous, "");
            LedgerEntry sealed = withHashes(linked, previous, java.util.HexFormat.of().formatHex(hasher.recompute(linked)));
            rewritten.add(sealed);
            previous = sealed.hash();
        }
        return rewritten;
    }
}
