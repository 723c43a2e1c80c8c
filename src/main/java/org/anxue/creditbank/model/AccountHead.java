package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * The tip of an account's chain: how many entries it has and the hash of the last one (the genesis hash
 * when it has none). A head fixes the whole history before it.
 */
public record AccountHead(PersonKey person, long sequence, String hash) {

    public AccountHead {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("a head's sequence is 0 or more");
        }
    }

    public static AccountHead genesis(PersonKey person) {
        return new AccountHead(person, 0, EntryHasher.genesisHash(person));
    }
}
