package org.anxue.creditbank.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a person's training falls in the jurisdiction tree: the ids of the bureaus from the root (the
 * city bureau) down to the bureau that oversees the employer (a county, district or zone bureau).
 * The {@code org} feature knows the tree and hands the model this path.
 */
public record BureauPath(List<String> bureauIds) {

    public BureauPath {
        Objects.requireNonNull(bureauIds, "bureauIds");
        bureauIds = List.copyOf(bureauIds);
        if (bureauIds.isEmpty()) {
            throw new IllegalArgumentException("a bureau path names at least the root bureau");
        }
        for (String id : bureauIds) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("bureau ids are not blank");
            }
        }
    }

    public static BureauPath of(String... bureauIds) {
        return new BureauPath(List.of(bureauIds));
    }

    /** The bureau the path leads to. */
    public String leaf() {
        return bureauIds.get(bureauIds.size() - 1);
    }
}
