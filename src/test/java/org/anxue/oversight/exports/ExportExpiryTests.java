package org.anxue.oversight.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.anxue.local.LocalObjectStorage;
import org.anxue.local.TestEngines;
import org.anxue.media.MediaStore;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.oversight.TestOversightClock;
import org.anxue.security.Account;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention of export files: a DONE job older than the retention is swept — its object is gone from the real S3
 * server, the job is EXPIRED, its download answers 410 (JSON and pages), its page offers to export again and the
 * re-request builds a new file; a younger job is untouched and says until when it is kept; a sibling bureau and
 * the city above see neither. A delete that fails (S3 stopped) leaves the job DONE and the next sweep expires it.
 * What a FAILED job left in S3 is removed.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ExportExpiryTests {

    @Inject
    ExportJobs jobs;

    @Inject
    MediaStore store;

    @Inject
    TestOversightClock clock;

    @Inject
    DataSource ds;

    String tag;
    long person;
    long otherPerson;
    long emptyCompany;
    TestAccounts.Browser officerA;
    TestAccounts.Browser officerB;
    TestAccounts.Browser officerCity;

    @BeforeEach
    void world() {
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("XC" + tag, "保留市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("XA" + tag, "保留甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("XB" + tag, "保留乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            Company c = company("保留化工公司" + tag, a);
            Company empty = company("保留空壳公司" + tag, a);
            Department d = Department.of(c, "车间");
            d.persist();
            long[] made = new long[3];
            for (int i = 0; i < 2; i++) {
                Post post = Post.of(c, "岗位" + i, PostKind.GENERAL, null);
                post.persist();
                Person p = Person.of(new IdentityNumber(TestAccounts.idNumber()), (i == 0 ? "钱保留" : "吴保留") + tag, null);
                p.persist();
                Employment.start(p, post, d, LocalDate.of(2021, 3, 1)).persist();
                made[i] = p.id;
            }
            made[2] = empty.id;
            String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
            for (Account account : List.of(Account.bureauOfficer("xa-" + tag, "甲区检查员", a),
                    Account.bureauOfficer("xb-" + tag, "乙区检查员", b),
                    Account.bureauOfficer("xc-" + tag, "市局检查员", city))) {
                account.setPasswordHash(hash);
                account.persist();
            }
            return made;
        });
        person = ids[0];
        otherPerson = ids[1];
        emptyCompany = ids[2];
        officerA = TestAccounts.signIn("xa-" + tag, TestAccounts.PASSWORD);
        officerB = TestAccounts.signIn("xb-" + tag, TestAccounts.PASSWORD);
        officerCity = TestAccounts.signIn("xc-" + tag, TestAccounts.PASSWORD);
    }

    private static Company company(String name, Bureau bureau) {
        Company c = Company.register(TestAccounts.creditCode(), name, Industry.CHEMICAL, RiskTier.HIGH_RISK, bureau, "某路 8 号");
        c.approve(null, Instant.now(), null);
        c.persist();
        return c;
    }

    private static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).header(CsrfTokens.HEADER, browser.csrf())
                .accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    private long export(Map<String, Object> body) {
        return as(officerA).body(body).post("/api/oversight/exports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    /** Polls the job until it has finished (bounded, not timed). */
    private JsonPath await(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = as(officerA).get("/api/oversight/exports/" + id).then().statusCode(200).extract().jsonPath();
            if (!job.getString("status").equals("QUEUED") && !job.getString("status").equals("RUNNING")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the export job did not finish");
    }

    /** Sets when a job finished, relative to the clock the sweep runs by. */
    private void finishedAgo(long id, Duration ago) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("update oversight_export_job set finished_at = ? where id = ?")) {
            s.setObject(1, clock.now().minus(ago).atOffset(ZoneOffset.UTC));
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** The row as stored: status, object_key, expired_at, storage_cleared_at. */
    private Object[] row(long id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select status, object_key, expired_at, storage_cleared_at from oversight_export_job where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new Object[] {r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class),
                    r.getObject(4, OffsetDateTime.class)};
            }
        }
    }

    private String keyOf(long id) throws Exception {
        return (String) row(id)[1];
    }

    @Test
    void shouldDeleteAnOldFileMarkTheJobExpiredAndLeaveAYoungerOne() throws Exception {
        Duration retention = jobs.retention();
        assertThat(retention).isEqualTo(Duration.ofDays(7));
        long old = export(Map.of("kind", "PERSON", "personId", person));
        long young = export(Map.of("kind", "PERSON", "personId", otherPerson));
        assertThat(await(old).getString("status")).isEqualTo("DONE");
        assertThat(await(young).getString("status")).isEqualTo("DONE");
        String oldKey = keyOf(old);
        String youngKey = keyOf(young);
        assertThat(store.list(ExportJobs.prefix(old))).containsExactly(oldKey);
        assertThat(store.size(oldKey)).isPositive();
        finishedAgo(old, retention.plusMinutes(1));
        finishedAgo(young, retention.minusHours(1));

        // before the sweep: both DONE, each says until when it is kept (finished + 7 days)
        JsonPath before = as(officerA).get("/api/oversight/exports/" + young).then().statusCode(200).extract().jsonPath();
        assertThat(OffsetDateTime.parse(before.getString("expiresAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(before.getString("finishedAt")).toInstant().plus(retention));
        assertThat(before.getString("expiredAt")).isNull();

        Instant now = clock.now();
        jobs.sweep(now);

        // the old file is really gone from S3 and the row says when
        assertThat(store.list(ExportJobs.prefix(old))).isEmpty();
        assertThatThrownBy(() -> store.size(oldKey)).isInstanceOf(IOException.class);
        Object[] expired = row(old);
        assertThat(expired[0]).isEqualTo("EXPIRED");
        assertThat(expired[1]).isNull();
        assertThat(((OffsetDateTime) expired[2]).toInstant()).isBeforeOrEqualTo(clock.now()).isAfterOrEqualTo(now);
        JsonPath gone = as(officerA).get("/api/oversight/exports/" + old).then().statusCode(200).extract().jsonPath();
        assertThat(gone.getString("status")).isEqualTo("EXPIRED");
        assertThat(gone.getString("expiredAt")).isNotNull();
        assertThat(gone.getString("expiresAt")).isNull();
        assertThat(gone.getString("fileName")).isEqualTo("person-" + person + ".pdf");

        // its download answers 410 with a message, JSON under /api and a page in the reader's language
        as(officerA).get("/api/oversight/exports/" + old + "/file").then().statusCode(410)
                .contentType(ContentType.JSON).body("error", equalTo("expired"))
                .body("message", containsString("超过保留期限"));
        as(officerA).header("Accept-Language", "en").get("/api/oversight/exports/" + old + "/file").then().statusCode(410)
                .body("message", containsString("after the retention period"));
        given().cookies(officerA.cookies()).header("Accept-Language", "zh-CN").get("/oversight/exports/" + old + "/file")
                .then().statusCode(410).contentType(ContentType.HTML).body(containsString("超过保留期限并被删除"));
        given().cookies(officerA.cookies()).header("Accept-Language", "en").get("/oversight/exports/" + old + "/file")
                .then().statusCode(410).body(containsString("after the retention period"));
        // its page says the file was removed and offers to export again; the list too
        given().cookies(officerA.cookies()).header("Accept-Language", "zh-CN").get("/oversight/exports/" + old).then()
                .statusCode(200).body(containsString("data-export-expired")).body(containsString("已过期（文件已删除）"))
                .body(containsString("/oversight/exports/" + old + "/again")).body(not(containsString("data-export-download")));
        given().cookies(officerA.cookies()).header("Accept-Language", "zh-CN").get("/oversight/exports").then()
                .statusCode(200).body(containsString("/oversight/exports/" + old + "/again"))
                .body(containsString("完成的文件保留 7 天，"));
        given().cookies(officerA.cookies()).header("Accept-Language", "en").get("/oversight/exports").then()
                .statusCode(200).body(containsString("Finished files are kept for 7 days,"));

        // the younger one is untouched: its object is there, it downloads, its page says until when it is kept
        assertThat(row(young)[0]).isEqualTo("DONE");
        assertThat(store.list(ExportJobs.prefix(young))).containsExactly(youngKey);
        byte[] pdf = given().cookies(officerA.cookies()).get("/api/oversight/exports/" + young + "/file").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().cookies(officerA.cookies()).header("Accept-Language", "zh-CN").get("/oversight/exports/" + young).then()
                .statusCode(200).body(containsString("保留至 ")).body(containsString("data-export-download"))
                .body(not(containsString("/again")));
        given().cookies(officerA.cookies()).header("Accept-Language", "en").get("/oversight/exports/" + young).then()
                .statusCode(200).body(containsString("kept until "));

        // a sibling district and the city above see neither job, its file nor its re-request
        for (TestAccounts.Browser other : List.of(officerB, officerCity)) {
            for (long id : List.of(old, young)) {
                as(other).get("/api/oversight/exports/" + id).then().statusCode(404);
                as(other).get("/api/oversight/exports/" + id + "/file").then().statusCode(404);
                given().cookies(other.cookies()).get("/oversight/exports/" + id).then().statusCode(404);
                given().cookies(other.cookies()).get("/oversight/exports/" + id + "/file").then().statusCode(404);
                as(other).post("/api/oversight/exports/" + id + "/again").then().statusCode(404);
            }
            assertThat(as(other).get("/api/oversight/exports").then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)).doesNotContain(old, young);
        }

        // a second sweep changes nothing more
        jobs.sweep(clock.now());
        assertThat(row(young)[0]).isEqualTo("DONE");
        assertThat(row(old)[2]).isEqualTo(expired[2]);
    }

    @Test
    void shouldExportTheSameSubjectAgainInOneClick() throws Exception {
        long old = export(Map.of("kind", "PERSON", "personId", person));
        assertThat(await(old).getString("status")).isEqualTo("DONE");
        finishedAgo(old, jobs.retention().plusHours(2));
        jobs.sweep(clock.now());
        assertThat(row(old)[0]).isEqualTo("EXPIRED");

        // the page's button: a form post with the CSRF field, to the new job's page
        String location = given().cookies(officerA.cookies()).redirects().follow(false)
                .formParam(CsrfTokens.FIELD, officerA.csrf())
                .post("/oversight/exports/" + old + "/again").then().statusCode(303).extract().header("Location");
        long again = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(again).isGreaterThan(old);
        JsonPath done = await(again);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getString("kind")).isEqualTo("PERSON");
        assertThat(done.getLong("subjectId")).isEqualTo(person);
        given().cookies(officerA.cookies()).get("/oversight/exports/" + again + "/file").then().statusCode(200)
                .contentType("application/pdf");
        // the old job stays EXPIRED; the API's re-request answers 202 with another new job
        assertThat(row(old)[0]).isEqualTo("EXPIRED");
        JsonPath api = as(officerA).post("/api/oversight/exports/" + old + "/again").then().statusCode(202).extract().jsonPath();
        assertThat(api.getLong("id")).isNotIn(old, again);
        assertThat(api.getLong("subjectId")).isEqualTo(person);
        assertThat(await(api.getLong("id")).getString("status")).isEqualTo("DONE");
        // without the CSRF field the form is refused and nothing is queued
        List<Long> before = as(officerA).get("/api/oversight/exports").then().extract().jsonPath().getList("id", Long.class);
        given().cookies(Map.of("anxue-session", officerA.session())).redirects().follow(false)
                .post("/oversight/exports/" + old + "/again").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        assertThat(as(officerA).get("/api/oversight/exports").then().extract().jsonPath().getList("id", Long.class))
                .isEqualTo(before);
    }

    @Test
    void shouldKeepTheJobDoneWhenTheDeleteFailsAndExpireItOnTheNextSweep() throws Exception {
        long id = export(Map.of("kind", "PERSON", "personId", person));
        assertThat(await(id).getString("status")).isEqualTo("DONE");
        String key = keyOf(id);
        finishedAgo(id, jobs.retention().plusDays(1));

        LocalObjectStorage s3 = TestEngines.engines().objectStorage().orElseThrow();
        s3.close();
        try {
            ExportJobs.Swept swept = jobs.sweep(clock.now());
            assertThat(swept.kept()).isPositive();
            Object[] kept = row(id);
            assertThat(kept[0]).isEqualTo("DONE");
            assertThat(kept[1]).isEqualTo(key);
            assertThat(kept[2]).isNull();
            // meanwhile a download says the storage is away (503 with a message), not a broken 200 or a 500
            as(officerA).header("Accept-Language", "en").get("/api/oversight/exports/" + id + "/file").then()
                    .statusCode(503).body("error", equalTo("fileUnavailable")).body("message", containsString("try again later"));
        } finally {
            s3.start();
        }
        // S3 is back: the file is still there and still downloads until the next sweep
        assertThat(store.list(ExportJobs.prefix(id))).containsExactly(key);
        given().cookies(officerA.cookies()).get("/api/oversight/exports/" + id + "/file").then().statusCode(200);

        jobs.sweep(clock.now());
        assertThat(row(id)[0]).isEqualTo("EXPIRED");
        assertThat(store.list(ExportJobs.prefix(id))).isEmpty();
        as(officerA).get("/api/oversight/exports/" + id + "/file").then().statusCode(410);
    }

    @Test
    void shouldRemoveWhatAFailedJobLeftInS3() throws Exception {
        long id = export(Map.of("kind", "COMPANY", "companyId", emptyCompany));
        JsonPath failed = await(id);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        // a part written before the job failed (as when the file was stored but the job could not be marked DONE)
        String orphan = ExportJobs.prefix(id) + "company-" + emptyCompany + ".zip";
        Path part = Files.createTempFile("orphan-", ".zip");
        try {
            Files.write(part, new byte[] {'P', 'K', 3, 4});
            store.put(orphan, part, "application/zip");
        } finally {
            Files.delete(part);
        }
        assertThat(store.list(ExportJobs.prefix(id))).containsExactly(orphan);

        jobs.sweep(clock.now());
        assertThat(store.list(ExportJobs.prefix(id))).isEmpty();
        Object[] after = row(id);
        assertThat(after[0]).isEqualTo("FAILED");
        assertThat(after[3]).isNotNull();
        // it still says why it failed, still answers 409 for the file, and can be requested again
        as(officerA).get("/api/oversight/exports/" + id).then().statusCode(200).body("failure", equalTo("NO_EMPLOYEES"));
        as(officerA).get("/api/oversight/exports/" + id + "/file").then().statusCode(409);
        given().cookies(officerA.cookies()).get("/oversight/exports/" + id).then().statusCode(200)
                .body(containsString("/oversight/exports/" + id + "/again"));
    }

    @Test
    void shouldExpireEachJobOnceWhenTwoSweepsRunAtOnce() throws Exception {
        long first = export(Map.of("kind", "PERSON", "personId", person));
        assertThat(await(first).getString("status")).isEqualTo("DONE");
        // twenty more DONE jobs of the same bureau, each with a stored file, all past the retention
        int n = 20;
        List<Long> ids = new java.util.ArrayList<>(List.of(first));
        Path file = Files.createTempFile("expiry-", ".pdf");
        try (Connection c = ds.getConnection()) {
            Files.write(file, "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < n; i++) {
                long id;
                try (PreparedStatement s = c.prepareStatement("""
                        insert into oversight_export_job (bureau_id, kind, subject_id, subject_name, status, progress,
                            object_key, file_name, file_size, requested_by, started_at, finished_at)
                        select bureau_id, kind, subject_id, subject_name, 'DONE', 100, 'placeholder', file_name, ?,
                            requested_by, started_at, finished_at from oversight_export_job where id = ? returning id""")) {
                    s.setLong(1, Files.size(file));
                    s.setLong(2, first);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                }
                String key = ExportJobs.prefix(id) + "person-" + person + ".pdf";
                store.put(key, file, "application/pdf");
                try (PreparedStatement s = c.prepareStatement("update oversight_export_job set object_key = ? where id = ?")) {
                    s.setString(1, key);
                    s.setLong(2, id);
                    s.executeUpdate();
                }
                ids.add(id);
            }
        } finally {
            Files.delete(file);
        }
        for (long id : ids) {
            finishedAgo(id, jobs.retention().plusHours(3));
        }

        // two "replicas" sweep at the same moment
        Instant now = clock.now();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<ExportJobs.Swept> sweep = () -> {
                start.await();
                return jobs.sweep(now);
            };
            var a = two.submit(sweep);
            var b = two.submit(sweep);
            start.countDown();
            ExportJobs.Swept sa = a.get(5, java.util.concurrent.TimeUnit.MINUTES);
            ExportJobs.Swept sb = b.get(5, java.util.concurrent.TimeUnit.MINUTES);
            // every job expired, none counted twice (the scheduled sweep may have taken a few itself)
            assertThat(sa.expired() + sb.expired()).isLessThanOrEqualTo(ids.size());
            assertThat(sa.kept() + sb.kept()).isZero();
        } finally {
            two.shutdownNow();
        }
        for (long id : ids) {
            assertThat(row(id)[0]).isEqualTo("EXPIRED");
            assertThat(store.list(ExportJobs.prefix(id))).isEmpty();
        }
    }
}
