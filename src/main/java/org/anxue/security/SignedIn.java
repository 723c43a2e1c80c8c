package org.anxue.security;

/**
 * Who is signed in, as read from the database when a login, a session or an API token is checked.
 * {@code apiTokenId} is set only when the caller presented an API token.
 */
public record SignedIn(long accountId, String username, Role role, String displayName, Tenant tenant, Long apiTokenId) {

    static SignedIn of(Account account) {
        return new SignedIn(account.id, account.username, account.role, account.shownName(), account.tenant(), null);
    }
}
