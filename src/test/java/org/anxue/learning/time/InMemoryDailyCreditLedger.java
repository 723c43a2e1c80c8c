package org.anxue.learning.time;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The daily credit ledger kept in memory, as tests need it. */
final class InMemoryDailyCreditLedger implements DailyCreditLedger {

    private record Key(PersonId person, LocalDate day) {
    }

    private final Map<Key, Long> creditedMillis = new HashMap<>();

    void record(PersonId person, LocalDate day, long millis) {
        creditedMillis.merge(new Key(person, day), millis, Long::sum);
    }

    @Override
    public Duration creditedOn(PersonId person, LocalDate day) {
        return Duration.ofMillis(creditedMillis.getOrDefault(new Key(person, day), 0L));
    }
}
