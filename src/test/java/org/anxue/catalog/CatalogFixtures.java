package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.anxue.media.TestVideos;
import org.anxue.media.UploadClient;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;

/**
 * A fresh slice of the world for each test: a city bureau with two districts, an approved
 * institution under each district, officers of the city and of each district, and a worker. Every
 * name and code is new, so tests neither see nor disturb each other's data.
 */
public final class CatalogFixtures {

    /** Signed-in browsers of the world's accounts, and the ids tests look at. */
    public record World(TestAccounts.Browser institutionA, TestAccounts.Browser institutionB,
                        TestAccounts.Browser officerA, TestAccounts.Browser officerB,
                        TestAccounts.Browser officerCity, TestAccounts.Browser worker,
                        long institutionAId, long institutionBId, String institutionAName, String tag) {
    }

    private CatalogFixtures() {
    }

    public static World world() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("C" + tag, "测试市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("A" + tag, "甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("B" + tag, "乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            Institution ia = Institution.apply("甲区培训学校" + tag, "LA-" + tag, null, a);
            ia.approve(null, Instant.now());
            ia.persist();
            Institution ib = Institution.apply("乙区培训学校" + tag, "LB-" + tag, null, b);
            ib.approve(null, Instant.now());
            ib.persist();
            Person person = Person.of(new IdentityNumber(TestAccounts.idNumber()), "学员" + tag, null);
            person.persist();
            String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
            for (Account account : List.of(
                    Account.institutionAdmin("ia-" + tag, "甲校管理员", ia),
                    Account.institutionAdmin("ib-" + tag, "乙校管理员", ib),
                    Account.bureauOfficer("oa-" + tag, "甲区审核员", a),
                    Account.bureauOfficer("ob-" + tag, "乙区审核员", b),
                    Account.bureauOfficer("oc-" + tag, "市局审核员", city),
                    Account.worker("w-" + tag, person))) {
                account.setPasswordHash(hash);
                account.persist();
            }
            return new long[] {ia.id, ib.id};
        });
        return new World(TestAccounts.signIn("ia-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("ib-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("oa-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("ob-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("oc-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("w-" + tag, TestAccounts.PASSWORD),
                ids[0], ids[1], "甲区培训学校" + tag, tag);
    }

    /**
     * A JSON request as this browser (its session and CSRF cookies). A POST without a body is sent
     * as JSON too: the CSRF filter refuses body-less POSTs without a token, as a JSON client would
     * learn.
     */
    public static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** A valid course description. */
    public static Map<String, Object> details(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "课程简介：" + title);
        body.put("trainingType", "REFRESHER");
        body.put("declaredHours", "0.1");
        body.put("passMark", "80");
        body.put("industries", List.of("CHEMICAL", "METAL_SMELTING"));
        body.put("postKinds", List.of("SAFETY_MANAGER"));
        return body;
    }

    /** A single-choice question. */
    public static Map<String, Object> question(int n) {
        return Map.of("kind", "SINGLE", "stem", "第 " + n + " 题：动火作业前应当做什么？",
                "options", List.of("办理动火作业许可", "直接作业", "只口头告知"), "answer", "A",
                "explanation", "动火作业须办理作业许可，落实安全措施。");
    }

    /** Creates a draft as the institution; returns its id. */
    public static long createCourse(TestAccounts.Browser institution, String title) {
        return as(institution).contentType(ContentType.JSON).body(details(title))
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long addChapter(TestAccounts.Browser institution, long course, String title) {
        return as(institution).contentType(ContentType.JSON).body(Map.of("title", title))
                .post("/api/courses/" + course + "/draft/chapters").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long addLesson(TestAccounts.Browser institution, long course, long chapter, String title, boolean preview) {
        return as(institution).contentType(ContentType.JSON)
                .body(Map.of("chapterId", chapter, "title", title, "kind", "VIDEO", "freePreview", preview))
                .post("/api/courses/" + course + "/draft/lessons").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void attach(TestAccounts.Browser institution, long course, long lesson, UUID media) {
        as(institution).contentType(ContentType.JSON).body(Map.of("mediaId", media.toString()))
                .put("/api/courses/" + course + "/draft/lessons/" + lesson + "/video").then().statusCode(200);
    }

    public static void addQuestions(TestAccounts.Browser institution, long course, int count) {
        for (int i = 1; i <= count; i++) {
            as(institution).contentType(ContentType.JSON).body(question(i))
                    .post("/api/courses/" + course + "/draft/questions").then().statusCode(201);
        }
    }

    /**
     * A course ready for review: one chapter, two lessons with 4-second videos (8 s, which covers
     * 0.1 declared class hours at the tests' 1 minute per class hour), five questions.
     */
    public static long readyCourse(TestAccounts.Browser institution, String title) {
        long course = createCourse(institution, title);
        long chapter = addChapter(institution, course, "第一章 基础知识");
        long first = addLesson(institution, course, chapter, "第一课 概述", true);
        long second = addLesson(institution, course, chapter, "第二课 要点", false);
        attach(institution, course, first, readyVideo(institution));
        attach(institution, course, second, readyVideo(institution));
        addQuestions(institution, course, 5);
        return course;
    }

    /** Submits and approves (by the district officer of institution A's world). */
    public static void publish(World world, long course) {
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);
        as(world.officerA()).post("/api/courses/" + course + "/approvals").then().statusCode(200);
    }

    /** Uploads the 4-second test video as this browser, through presigned parts, and waits until it is READY. */
    public static UUID readyVideo(TestAccounts.Browser browser) {
        UUID id = upload(browser, TestVideos.h264Mp4());
        JsonPath media = awaitFinished(browser, id);
        assertThat(media.getString("state")).isEqualTo("READY");
        return id;
    }

    public static UUID upload(TestAccounts.Browser browser, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonPath created = as(browser).contentType(ContentType.JSON)
                    .body(Map.of("filename", file.getFileName().toString(), "size", bytes.length, "contentType", "video/mp4"))
                    .post("/api/uploads").then().statusCode(201).extract().jsonPath();
            UUID id = UUID.fromString(created.getString("id"));
            long partSize = created.getLong("partSize");
            int count = created.getInt("partCount");
            List<String> urls = as(browser).contentType(ContentType.JSON)
                    .body(Map.of("partNumbers", IntStream.rangeClosed(1, count).boxed().toList()))
                    .post("/api/uploads/" + id + "/part-urls").then().statusCode(200).extract().jsonPath()
                    .getList("parts.url", String.class);
            for (int n = 1; n <= count; n++) {
                assertThat(UploadClient.put(urls.get(n - 1), UploadClient.part(bytes, partSize, n))).isEqualTo(200);
            }
            as(browser).contentType(ContentType.JSON).body("{}").post("/api/uploads/" + id + "/complete")
                    .then().statusCode(202);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonPath awaitFinished(TestAccounts.Browser browser, UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonPath media = as(browser).get("/api/media/" + id).then().statusCode(200).extract().jsonPath();
            String state = media.getString("state");
            if ("READY".equals(state) || "FAILED".equals(state)) {
                return media;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("media " + id + " still " + state);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Row counts of the catalog's tables, to check that a refused request wrote nothing. */
    public static Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new HashMap<>();
            for (String table : List.of("course", "course_version", "course_chapter", "course_lesson", "course_question",
                    "course_event", "course_outbox", "course_version_industry", "course_version_post_kind")) {
                Object n = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery("select count(*) from " + table).getSingleResult();
                counts.put(table, ((Number) n).longValue());
            }
            return counts;
        });
    }

    /** The outbox rows of a course, oldest first: their change kinds. */
    public static List<String> outbox(long course) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> kinds = new ArrayList<>();
            for (Object kind : io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                    .createNativeQuery("select change_kind from course_outbox where course_id = ?1 order by id")
                    .setParameter(1, course).getResultList()) {
                kinds.add((String) kind);
            }
            return kinds;
        });
    }

    static String unique() {
        return new BigInteger(40, ThreadLocalRandom.current()).toString(36);
    }
}
