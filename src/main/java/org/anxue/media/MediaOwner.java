package org.anxue.media;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who owns an upload: the account's principal name, and its tenant as {@code KIND:id} when the
 * identity carries the attributes {@code tenantKind} and {@code tenantId} (set by the login of
 * org.anxue.security).
 */
public record MediaOwner(String ownerId, String tenantId) {

    public static MediaOwner of(SecurityIdentity identity) {
        Object kind = identity.getAttribute("tenantKind");
        Object id = identity.getAttribute("tenantId");
        String tenant = kind != null && id != null ? kind + ":" + id : null;
        return new MediaOwner(identity.getPrincipal().getName(), tenant);
    }
}
