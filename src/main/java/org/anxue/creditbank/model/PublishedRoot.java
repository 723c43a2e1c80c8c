package org.anxue.creditbank.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A root over all account heads at one moment, as published (e.g. in a bureau bulletin or signed and sent
 * to an archive). Whoever holds it can check any account's head with an {@link InclusionProof}, and then
 * the account's whole history with {@link ChainVerification}.
 */
public record PublishedRoot(String rootHash, long treeSize, Instant publishedAt) {

    public PublishedRoot {
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!Sha256.isHash(rootHash)) {
            throw new IllegalArgumentException("a root is 64 lowercase hex digits");
        }
    }

    /** Whether {@code head} is proven by {@code proof} to be one of this root's leaves. */
    public boolean proves(AccountHead head, InclusionProof proof) {
        return proof.treeSize() == treeSize && AccountHeadsTree.verifyInclusion(head, proof, rootHash);
    }
}
