package org.anxue.security;

/** What an account's data is scoped to. */
public enum TenantKind {
    BUREAU, COMPANY, INSTITUTION, PLATFORM, PERSON
}
