package org.anxue.creditbank.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies every account in one pass over all entries, streamed in order of person key and then sequence
 * (what {@code ORDER BY person_key, sequence} returns), holding one running head per account; then builds
 * the root over all heads.
 *
 * <p>Given the heads behind an earlier published root, each account is also checked against its published
 * head, and an account that had entries then but has none now is reported as truncated. (That the
 * published heads really are the published root's leaves is checked by rebuilding an
 * {@link AccountHeadsTree} from them.)
 */
public final class LedgerAudit {

    /** The outcome: how much was verified, every broken account (first break each), and the current root. */
    public record Report(long accounts, long entries, List<ChainVerdict.Broken> broken, AccountHeadsTree tree) {

        public boolean isIntact() {
            return broken.isEmpty();
        }

        public String root() {
            return tree.root();
        }
    }

    private final Map<PersonKey, AccountHead> publishedHeads;
    private final EntryHasher hasher = new EntryHasher();
    private final List<AccountHead> heads = new ArrayList<>();
    private final List<ChainVerdict.Broken> broken = new ArrayList<>();
    private final Set<PersonKey> seen = new HashSet<>();
    private PersonKey current;
    private ChainVerification verification;
    private long entries;

    public LedgerAudit() {
        this(Map.of());
    }

    public LedgerAudit(Map<PersonKey, AccountHead> publishedHeads) {
        this.publishedHeads = Map.copyOf(publishedHeads);
    }

    public void accept(LedgerEntry entry) {
        PersonKey person = entry.person();
        if (!person.equals(current)) {
            if (current != null && person.compareTo(current) < 0) {
                throw new IllegalArgumentException("entries must stream in order of person key");
            }
            closeCurrent();
            current = person;
            seen.add(person);
            verification = new ChainVerification(person, publishedHeads.get(person), hasher);
        }
        verification.accept(entry);
        entries++;
    }

    public Report finish() {
        closeCurrent();
        current = null;
        for (AccountHead published : publishedHeads.values()) {
            if (published.sequence() > 0 && !seen.contains(published.person())) {
                broken.add(new ChainVerdict.Broken(published.person(), 1, BreakReason.TRUNCATED,
                        "the published head has " + published.sequence() + " entries, the ledger none"));
            }
        }
        return new Report(seen.size(), entries, List.copyOf(broken), new AccountHeadsTree(heads));
    }

    private void closeCurrent() {
        if (verification == null) {
            return;
        }
        ChainVerdict verdict = verification.finish();
        if (verdict instanceof ChainVerdict.Intact intact) {
            heads.add(intact.head());
        } else {
            broken.add((ChainVerdict.Broken) verdict);
        }
        verification = null;
    }
}
