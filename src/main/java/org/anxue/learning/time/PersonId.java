package org.anxue.learning.time;

/**
 * Identifies a learner. Opaque to this model: the owning feature decides what the value is (an
 * account id, a database key) and the model only compares it.
 */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a person id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
