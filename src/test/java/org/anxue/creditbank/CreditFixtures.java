package org.anxue.creditbank;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.anxue.learning.CourseCompleted;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;

/** A fresh city with two districts, a company in district A, and an active worker there, per test world. */
final class CreditFixtures {

    private static final AtomicLong ATTEMPTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    record World(AdminFixtures.Tree tree, long companyA, AdminFixtures.Worker worker) {
    }

    private CreditFixtures() {
    }

    static World world() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long company = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        return new World(tree, company, AdminFixtures.activeWorker(company, null));
    }

    /** A completion of a course of {@code type}: {@code minutes} of study, at {@code at}. */
    static CourseCompleted completion(long personId, String type, long minutes, Instant at) {
        long attempt = ATTEMPTS.incrementAndGet();
        return new CourseCompleted(personId, 1000 + attempt % 7, 5000 + attempt % 7, "测试课程", type,
                new BigDecimal("2.00"), minutes * 60, List.of(UUID.randomUUID(), UUID.randomUUID()), attempt, 90, at);
    }

    /** Fires completions, each in its own transaction, as the learning feature would. */
    static void complete(long personId, String type, long minutes, Instant at, int times) {
        var event = CDI.current().select(new TypeLiteral<jakarta.enterprise.event.Event<CourseCompleted>>() { }).get();
        for (int i = 0; i < times; i++) {
            CourseCompleted done = completion(personId, type, minutes, at);
            QuarkusTransaction.requiringNew().run(() -> event.fire(done));
        }
    }

    /** A request signed in as {@code username} (cookies and CSRF header). */
    static RequestSpecification as(String username) {
        TestAccounts.Browser browser = TestAccounts.signIn(username, TestAccounts.PASSWORD);
        return given().cookies(browser.cookies()).header(CsrfTokens.HEADER, browser.csrf());
    }
}
