package org.anxue.security;

/** What an account may do; every account has exactly one role, bound to one tenant. */
public enum Role {
    /** 学员: studies, sees their own credit account. Tenant: their person. */
    WORKER(TenantKind.PERSON),
    /** 企业安全管理员: keeps the roster and assigns training. Tenant: their company. */
    COMPANY_ADMIN(TenantKind.COMPANY),
    /** 培训机构管理员: publishes courses and classes. Tenant: their institution. */
    INSTITUTION_ADMIN(TenantKind.INSTITUTION),
    /** 应急管理局工作人员: reviews and oversees. Tenant: their bureau and its subtree. */
    BUREAU_OFFICER(TenantKind.BUREAU),
    /** 平台管理员: runs the platform. No tenant. */
    PLATFORM_ADMIN(TenantKind.PLATFORM);

    private final TenantKind tenantKind;

    Role(TenantKind tenantKind) {
        this.tenantKind = tenantKind;
    }

    public TenantKind tenantKind() {
        return tenantKind;
    }
}
