package org.anxue.creditbank.model;

import java.util.List;
import java.util.Objects;

/**
 * Proves that one account head is a leaf of a published root: the leaf's index among the sorted heads,
 * the number of leaves, and the hashes of the sibling subtrees from the leaf up to the root (hex).
 */
public record InclusionProof(long leafIndex, long treeSize, List<String> path) {

    public InclusionProof {
        Objects.requireNonNull(path, "path");
        path = List.copyOf(path);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("the leaf index lies within the tree");
        }
    }
}
