package org.anxue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;
import org.junit.jupiter.api.Test;

/** The pure parts of the web shell: navigation per role, the viewer, error helpers. */
class WebShellUnitTests {

    @Test
    void shouldShowEachRoleItsOwnAreasAndEveryoneTheCourseMarket() {
        assertThat(NavItem.visibleTo(null)).containsExactly(NavItem.COURSES);
        assertThat(NavItem.visibleTo(Role.WORKER))
                .containsExactly(NavItem.COURSES, NavItem.MY_COURSES, NavItem.MY_PROFILE, NavItem.MY_CREDITS);
        assertThat(NavItem.visibleTo(Role.COMPANY_ADMIN)).containsExactly(NavItem.COURSES, NavItem.EMPLOYEES,
                NavItem.ASSIGNMENTS, NavItem.COMPANY_CREDITS, NavItem.ACTIVATION, NavItem.COMPANY_ARCHIVE);
        assertThat(NavItem.visibleTo(Role.INSTITUTION_ADMIN)).containsExactly(NavItem.COURSES, NavItem.COURSE_ADMIN, NavItem.OFFLINE_CLASSES);
        assertThat(NavItem.visibleTo(Role.BUREAU_OFFICER))
                .containsExactly(NavItem.COURSES, NavItem.OVERSIGHT, NavItem.APPROVALS, NavItem.BUREAUS, NavItem.OFFLINE_CLASSES, NavItem.CREDIT_POLICY);
        assertThat(NavItem.visibleTo(Role.PLATFORM_ADMIN))
                .containsExactly(NavItem.COURSES, NavItem.APPROVALS, NavItem.BUREAUS, NavItem.PLATFORM_ADMIN);
    }

    @Test
    void shouldMarkAnAreaCurrentForItsPagesOnly() {
        assertThat(NavItem.COURSES.contains("/courses")).isTrue();
        assertThat(NavItem.COURSES.contains("/courses/42")).isTrue();
        assertThat(NavItem.COURSES.contains("/courses-archive")).isFalse();
        assertThat(NavItem.MY_COURSES.contains("/courses")).isFalse();
    }

    @Test
    void shouldReadTheViewerFromTheIdentity() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("13800000001"))
                .addRole("WORKER")
                .addAttribute(Viewer.DISPLAY_NAME, "王小明")
                .addAttribute(Viewer.TENANT_KIND, "company")
                .addAttribute(Viewer.TENANT_NAME, "东方化工有限公司")
                .build();

        assertThat(Viewer.of(identity))
                .contains(new Viewer("王小明", Role.WORKER, TenantKind.COMPANY, "东方化工有限公司"));
    }

    @Test
    void shouldNotShowAWorkerTheirOwnNameAsTheirTenant() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("w"))
                .addRole("WORKER")
                .addAttribute(Viewer.DISPLAY_NAME, "李志强")
                .addAttribute(Viewer.TENANT_KIND, "PERSON")
                .addAttribute(Viewer.TENANT_NAME, "李志强")
                .build();

        Viewer viewer = Viewer.of(identity).orElseThrow();
        assertThat(viewer.tenantKind()).isEqualTo(TenantKind.PERSON);
        assertThat(viewer.showsTenant()).isFalse();
        assertThat(new Viewer("a", Role.COMPANY_ADMIN, TenantKind.COMPANY, "东方化工").showsTenant()).isTrue();
    }

    @Test
    void shouldHaveNoViewerForAnonymousOrRolelessIdentities() {
        var anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true)
                .setPrincipal(new QuarkusPrincipal("anonymous")).build();
        var apiClient = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("hr-system")).addRole("API_CLIENT").build();

        assertThat(Viewer.of(anonymous)).isEmpty();
        assertThat(Viewer.of(apiClient)).isEmpty();
        assertThat(Viewer.of(null)).isEmpty();
    }

    @Test
    void shouldShowUnknownTenantKindsAsNoKind() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("x"))
                .addRole("INSTITUTION_ADMIN")
                .addAttribute(Viewer.TENANT_KIND, "GUILD")
                .build();

        Viewer viewer = Viewer.of(identity).orElseThrow();
        assertThat(viewer.tenantKind()).isNull();
        assertThat(viewer.showsTenant()).isFalse();
        assertThat(viewer.tenantName()).isNull();
        assertThat(viewer.displayName()).isEqualTo("x");
    }

    @Test
    void shouldAnswerJsonUnderApiAndToClientsThatAskOnlyForJson() {
        assertThat(ErrorResponses.prefersJson("/api/courses", "text/html")).isTrue();
        assertThat(ErrorResponses.prefersJson("/courses", "application/json")).isTrue();
        assertThat(ErrorResponses.prefersJson("/courses", "application/problem+json")).isTrue();
        assertThat(ErrorResponses.prefersJson("/courses", "text/html,application/json;q=0.9")).isFalse();
        assertThat(ErrorResponses.prefersJson("/courses", "*/*")).isFalse();
        assertThat(ErrorResponses.prefersJson("/courses", null)).isFalse();
        assertThat(ErrorResponses.prefersJson("/apiary", "*/*")).isFalse();
    }

    @Test
    void shouldSplitAMessageKeyIntoBundleAndKey() {
        AppException general = AppException.notFound();
        assertThat(general.status()).isEqualTo(404);
        assertThat(general.bundle()).isEqualTo(ErrorMessages.BUNDLE);
        assertThat(general.key()).isEqualTo("notFound");

        AppException own = new AppException(409, "catalog:courseUnderReview", "有限空间");
        assertThat(own.bundle()).isEqualTo("catalog");
        assertThat(own.key()).isEqualTo("courseUnderReview");
        assertThat(own.args()).containsExactly("有限空间");

        assertThatThrownBy(() -> new AppException(302, "notFound")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppException(400, "catalog:")).isInstanceOf(IllegalArgumentException.class);
    }
}
