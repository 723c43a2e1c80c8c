package org.anxue.security;

/**
 * What an account's data is scoped to: a person (workers), a company, an institution, a bureau
 * (with its subtree) or the whole platform, which has id 0 and no row of its own.
 */
public record Tenant(TenantKind kind, long id, String name) {

    /** The platform admin's tenant. */
    public static final Tenant PLATFORM = new Tenant(TenantKind.PLATFORM, 0L, "安学平台");
}
