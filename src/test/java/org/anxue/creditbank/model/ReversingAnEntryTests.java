package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReversingAnEntryTests {

    private static final LocalDate MAY_5 = LocalDate.of(2026, 5, 5);

    private final CreditBank bank = new CreditBank(MAY_5);

    @Test
    void shouldNeverEditAnEntryButReverseItWithANewOne() {
        LedgerEntry mistaken = posted(bank.offline(WANG, MAY_5, "6"));

        LedgerEntry reversal = posted(bank.reverse(WANG, mistaken.sequence(), "the roster listed the wrong person"));

        CreditAccount account = bank.account(WANG);
        assertThat(account.entries()).containsExactly(mistaken, reversal);
        assertThat(reversal.sequence()).isEqualTo(2);
        assertThat(reversal.details()).isEqualTo(new Reversal(1, mistaken.hash(), "the roster listed the wrong person"));
        assertThat(reversal.rawHours()).isEqualTo(Hours.of("-6"));
        assertThat(reversal.creditedHours()).isEqualTo(Hours.of("-6"));
        assertThat(reversal.countsToward()).isEqualTo(mistaken.countsToward());
        assertThat(reversal.policyVersion()).isEqualTo(mistaken.policyVersion());
        assertThat(account.isReversed(1)).isTrue();
        assertThat(account.standingEntries()).isEmpty();
        assertThat(ChainVerification.verify(WANG, account.entries()).isIntact()).isTrue();
    }

    @Test
    void shouldReverseAnEntryOnlyOnce() {
        posted(bank.offline(WANG, MAY_5, "6"));
        posted(bank.reverse(WANG, 1, "wrong person"));

        assertThat(rejection(bank.reverse(WANG, 1, "wrong person, again"))).contains("entry 1 was already reversed by entry 2");
    }

    @Test
    void shouldNeverReverseAReversal() {
        posted(bank.offline(WANG, MAY_5, "6"));
        posted(bank.reverse(WANG, 1, "wrong person"));

        assertThat(rejection(bank.reverse(WANG, 2, "it was the right person after all")))
                .contains("a reversal is never reversed: post the entry anew");
    }

    @Test
    void shouldRequireAReasonToReverse() {
        posted(bank.offline(WANG, MAY_5, "6"));

        assertThat(rejection(bank.reverse(WANG, 1, ""))).contains("a reason is required");
        assertThat(bank.account(WANG).isReversed(1)).isFalse();
    }

    @Test
    void shouldRefuseToReverseAnEntryThatDoesNotExist() {
        assertThat(rejection(bank.reverse(WANG, 3, "wrong person"))).contains("there is no entry 3");
    }
}
