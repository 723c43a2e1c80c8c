package org.anxue.org;

/** As encoded in the identity number. */
public enum Gender {
    MALE, FEMALE
}
