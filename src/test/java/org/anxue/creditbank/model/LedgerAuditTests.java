package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LI;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerAuditTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PersonKey ZHANG = new PersonKey("330106199912310011");

    private final CreditBank bank = new CreditBank(DAY);

    @BeforeEach
    void postToThreeAccounts() {
        for (PersonKey person : List.of(WANG, LI, ZHANG)) {
            posted(bank.offline(person, DAY, "2"));
            posted(bank.online(person, DAY, 90, true));
        }
    }

    @Test
    void shouldVerifyAllAccountsInOnePassAndBuildTheRootOverTheirHeads() {
        LedgerAudit.Report report = audit(Map.of());

        assertThat(report.isIntact()).isTrue();
        assertThat(report.accounts()).isEqualTo(3);
        assertThat(report.entries()).isEqualTo(6);
        assertThat(report.root()).isEqualTo(new AccountHeadsTree(List.of(
                bank.account(WANG).head(), bank.account(LI).head(), bank.account(ZHANG).head())).root());
    }

    @Test
    void shouldReportEveryBrokenAccount() {
        bank.accounts.tamper(WANG, 2, entry -> ChainVerificationTests.copy(entry, Hours.of(40)));
        bank.accounts.tamper(ZHANG, 1, entry -> ChainVerificationTests.copy(entry, Hours.of(40)));

        LedgerAudit.Report report = audit(Map.of());

        assertThat(report.broken()).extracting(ChainVerdict.Broken::person, ChainVerdict.Broken::sequence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(WANG, 2L), org.assertj.core.groups.Tuple.tuple(ZHANG, 1L));
        assertThat(report.tree().size()).isEqualTo(1);
    }

    @Test
    void shouldCheckEachAccountAgainstItsHeadBehindThePublishedRoot() {
        Map<PersonKey, AccountHead> published = Map.of(WANG, bank.account(WANG).head(), LI, bank.account(LI).head(),
                ZHANG, bank.account(ZHANG).head());
        AccountHeadsTree publishedTree = new AccountHeadsTree(published.values());
        PublishedRoot root = publishedTree.publish(Instant.parse("2026-03-02T16:00:00Z"));
        posted(bank.offline(LI, DAY, "1"));

        LedgerAudit.Report report = audit(published);

        assertThat(new AccountHeadsTree(published.values()).root()).isEqualTo(root.rootHash());
        assertThat(report.isIntact()).isTrue();
        assertThat(report.root()).as("a later root, since Li has a new entry").isNotEqualTo(root.rootHash());
    }

    @Test
    void shouldReportAnAccountDeletedSinceThePublishedRoot() {
        Map<PersonKey, AccountHead> published = Map.of(WANG, bank.account(WANG).head(), LI, bank.account(LI).head(),
                ZHANG, bank.account(ZHANG).head());
        LedgerAudit audit = new LedgerAudit(published);
        streamInOrder().stream().filter(e -> !e.person().equals(LI)).forEach(audit::accept);

        LedgerAudit.Report report = audit.finish();

        assertThat(report.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.person()).isEqualTo(LI);
            assertThat(broken.reason()).isEqualTo(BreakReason.TRUNCATED);
        });
    }

    @Test
    void shouldInsistOnEntriesStreamedInOrderOfPersonKey() {
        LedgerAudit audit = new LedgerAudit();
        audit.accept(bank.accounts.rows(ZHANG).get(0));

        assertThatThrownBy(() -> audit.accept(bank.accounts.rows(WANG).get(0))).hasMessageContaining("order of person key");
    }

    private LedgerAudit.Report audit(Map<PersonKey, AccountHead> published) {
        LedgerAudit audit = new LedgerAudit(published);
        streamInOrder().forEach(audit::accept);
        return audit.finish();
    }

    private List<LedgerEntry> streamInOrder() {
        List<LedgerEntry> all = new ArrayList<>();
        List.of(WANG, LI, ZHANG).stream().sorted().forEach(person -> all.addAll(bank.accounts.rows(person)));
        return all;
    }
}
