package org.anxue.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxue.security.Role;

/**
 * The header's navigation: the areas of Anxue and who sees a link to each. The pages behind the
 * links belong to their features (catalog, learning, org, oversight, …); labels are in
 * {@link Messages#nav(NavItem)}.
 */
public enum NavItem {
    /** 课程超市: public, for everyone including anonymous visitors. */
    COURSES("/courses", EnumSet.allOf(Role.class), true),
    /** 我的课程: a worker's enrolments and assigned training. */
    MY_COURSES("/my/courses", EnumSet.of(Role.WORKER), false),
    /** 个人档案: a worker's own profile, employers and (later) training record. */
    MY_PROFILE("/my/profile", EnumSet.of(Role.WORKER), false),
    /** 学分账户: a worker's credit account, statements and certificates (credit bank). */
    MY_CREDITS("/my/credits", EnumSet.of(Role.WORKER), false),
    /** 员工: a company's people, departments and posts. */
    EMPLOYEES("/company/employees", EnumSet.of(Role.COMPANY_ADMIN), false),
    /** 培训任务: training a company assigns to its people. */
    ASSIGNMENTS("/company/assignments", EnumSet.of(Role.COMPANY_ADMIN), false),
    /** 学时达标: the company's current employees and their training hours this year (credit bank). */
    COMPANY_CREDITS("/credits/company", EnumSet.of(Role.COMPANY_ADMIN), false),
    /** 账号激活: one-time activation codes for the company's pending workers. */
    ACTIVATION("/company/activation-codes", EnumSet.of(Role.COMPANY_ADMIN), false),
    /** 一企一档: the company's own archive. */
    COMPANY_ARCHIVE("/archives/company", EnumSet.of(Role.COMPANY_ADMIN), false),
    /** 课程管理: an institution's courses and their review. */
    COURSE_ADMIN("/institution/courses", EnumSet.of(Role.INSTITUTION_ADMIN), false),
    /** 监管: a bureau's oversight of the companies in its jurisdiction. */
    OVERSIGHT("/oversight", EnumSet.of(Role.BUREAU_OFFICER), false),
    /** 审核: institutions and companies waiting for their bureau's approval. */
    APPROVALS("/approvals", EnumSet.of(Role.BUREAU_OFFICER, Role.PLATFORM_ADMIN), false),
    /** 辖区管理: the jurisdiction tree and the bureaus' officer accounts. */
    BUREAUS("/bureaus", EnumSet.of(Role.BUREAU_OFFICER, Role.PLATFORM_ADMIN), false),
    /** 线下培训班: offline classes an institution records and its bureau approves (credit bank). */
    OFFLINE_CLASSES("/credits/offline-classes", EnumSet.of(Role.INSTITUTION_ADMIN, Role.BUREAU_OFFICER), false),
    /** 学时政策: the bureau's credit policy versions (credit bank). */
    CREDIT_POLICY("/credits/policy", EnumSet.of(Role.BUREAU_OFFICER), false),
    /** 平台管理: platform administration. */
    PLATFORM_ADMIN("/admin", EnumSet.of(Role.PLATFORM_ADMIN), false);

    private final String href;
    private final Set<Role> roles;
    private final boolean anonymous;

    NavItem(String href, Set<Role> roles, boolean anonymous) {
        this.href = href;
        this.roles = roles;
        this.anonymous = anonymous;
    }

    public String href() {
        return href;
    }

    /** The links a viewer sees, in header order; {@code null} means an anonymous visitor. */
    public static List<NavItem> visibleTo(Role role) {
        return Arrays.stream(values())
                .filter(item -> role == null ? item.anonymous : item.roles.contains(role))
                .toList();
    }

    /** Whether the page at {@code path} lies in this area (the link is then marked current). */
    public boolean contains(String path) {
        return path.equals(href) || path.startsWith(href + "/");
    }
}
