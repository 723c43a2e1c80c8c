package org.anxue.creditbank.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Accounts kept as rows in memory, the way a table would keep them: each load restores the account
 * (verifying its chain), and tests can tamper with rows as someone with database access could.
 */
final class InMemoryCreditAccounts implements CreditAccounts {

    private final Map<PersonKey, List<LedgerEntry>> rows = new HashMap<>();

    @Override
    public CreditAccount accountOf(PersonKey person) {
        return CreditAccount.restore(person, rows(person));
    }

    @Override
    public void store(LedgerEntry entry) {
        List<LedgerEntry> account = rows.computeIfAbsent(entry.person(), p -> new ArrayList<>());
        if (entry.sequence() != account.size() + 1L) {
            throw new IllegalStateException("duplicate or out-of-order sequence " + entry.sequence());
        }
        account.add(entry);
    }

    /** The stored rows of an account, in sequence order (a copy). */
    List<LedgerEntry> rows(PersonKey person) {
        return new ArrayList<>(rows.getOrDefault(person, List.of()));
    }

    /** Changes a stored row in place, bypassing the model (what an UPDATE in the database would do). */
    void tamper(PersonKey person, long sequence, UnaryOperator<LedgerEntry> change) {
        List<LedgerEntry> account = rows.get(person);
        account.set((int) sequence - 1, change.apply(account.get((int) sequence - 1)));
    }
}
