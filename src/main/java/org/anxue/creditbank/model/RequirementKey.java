package org.anxue.creditbank.model;

import java.util.Objects;

/** Which requirement: a post kind in an industry tier for a training type. */
public record RequirementKey(PostKind post, IndustryTier tier, TrainingType type) {

    public RequirementKey {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(type, "type");
    }
}
