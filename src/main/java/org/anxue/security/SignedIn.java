package org.anxue.security;

/** Who is signed in, as read from the database when a login or a session is checked. */
public record SignedIn(long accountId, String username, Role role, String displayName, Tenant tenant) {

    static SignedIn of(Account account) {
        return new SignedIn(account.id, account.username, account.role, account.shownName(), account.tenant());
    }
}
