package org.anxue.learning;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.org.SpecialOperation;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;

/**
 * A fresh world for the learning tests (its own names and codes): a bureau, an institution, our
 * company with departments 生产部 (with 一车间 under it) and 行政部, posts 电工 (special operation),
 * 安全员 (safety manager) and 操作工 (general), employees with worker accounts, the company's admin,
 * and a foreign company with its admin. Published courses are written straight into the catalog's
 * tables ({@link #publishedCourse}) with READY media assets of a given duration, so a test does
 * not wait for video processing; their lesson ids and question bank are returned.
 */
public final class LearningWorld {

    /** An employee with a worker account. */
    public record Worker(long personId, String name, String username) {
        public TestAccounts.Browser signIn() {
            return TestAccounts.signIn(username, TestAccounts.PASSWORD);
        }
    }

    /** A published course: its version, lessons (in order) and questions (id → answer key). */
    public record CourseMade(long courseId, long versionId, String title, List<Long> lessonIds,
            List<Long> videoDurationsMs, Map<Long, String> answers, Map<Long, String> kinds) {
    }

    public final String tag;
    public final long companyId;
    public final long foreignCompanyId;
    public final long institutionId;
    public final long productionId;
    public final long workshopId;
    public final long officeId;
    public final String admin;
    public final String foreignAdmin;
    /** 电工 in 一车间 (special operation). */
    public final Worker electrician;
    /** 安全员 in 行政部 (safety manager). */
    public final Worker safetyOfficer;
    /** 操作工 in 生产部 (general). */
    public final Worker operator;
    /** 操作工 of the foreign company. */
    public final Worker foreigner;
    private final long generalPostId;

    private LearningWorld(String tag, long[] ids, Worker[] workers) {
        this.tag = tag;
        this.companyId = ids[0];
        this.foreignCompanyId = ids[1];
        this.institutionId = ids[2];
        this.productionId = ids[3];
        this.workshopId = ids[4];
        this.officeId = ids[5];
        this.generalPostId = ids[6];
        this.admin = "la-" + tag;
        this.foreignAdmin = "lf-" + tag;
        this.electrician = workers[0];
        this.safetyOfficer = workers[1];
        this.operator = workers[2];
        this.foreigner = workers[3];
    }

    public static LearningWorld create() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
        Worker[] workers = new Worker[4];
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("L" + tag, "学习测试市局" + tag, BureauLevel.CITY);
            city.persist();
            Institution institution = Institution.apply("学习测试培训学校" + tag, "LL-" + tag, null, city);
            institution.approve(null, Instant.now());
            institution.persist();
            Company company = Company.register(TestAccounts.creditCode(), "学习测试化工" + tag, Industry.CHEMICAL,
                    RiskTier.HIGH_RISK, city, null);
            company.persist();
            Company foreign = Company.register(TestAccounts.creditCode(), "别家企业" + tag, Industry.CHEMICAL,
                    RiskTier.HIGH_RISK, city, null);
            foreign.persist();
            Department production = Department.of(company, "生产部");
            production.persist();
            Department workshop = production.child("一车间");
            workshop.persist();
            Department office = Department.of(company, "行政部");
            office.persist();
            Post electricianPost = Post.of(company, "电工", PostKind.SPECIAL_OPERATION, SpecialOperation.LOW_VOLTAGE_ELECTRICIAN);
            electricianPost.persist();
            Post safetyPost = Post.of(company, "安全员", PostKind.SAFETY_MANAGER, null);
            safetyPost.persist();
            Post generalPost = Post.of(company, "操作工", PostKind.GENERAL, null);
            generalPost.persist();
            Post foreignPost = Post.of(foreign, "操作工", PostKind.GENERAL, null);
            foreignPost.persist();
            account(Account.companyAdmin("la-" + tag, "培训管理员" + tag, company), hash);
            account(Account.companyAdmin("lf-" + tag, "别家管理员" + tag, foreign), hash);
            workers[0] = employee("电工" + tag, "le-" + tag, electricianPost, workshop, hash);
            workers[1] = employee("安全员" + tag, "ls-" + tag, safetyPost, office, hash);
            workers[2] = employee("操作工" + tag, "lo-" + tag, generalPost, production, hash);
            workers[3] = employee("外人" + tag, "lx-" + tag, foreignPost, null, hash);
            return new long[] {company.id, foreign.id, institution.id, production.id, workshop.id, office.id,
                    generalPost.id};
        });
        return new LearningWorld(tag, ids, workers);
    }

    /** A new employee of our company in the general post of 生产部 (a hire after a task was created). */
    public Worker hire(String name) {
        String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
        String username = "lh-" + tag + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        return QuarkusTransaction.requiringNew().call(() -> employee(name, username, Post.findById(generalPostId),
                Department.findById(productionId), hash));
    }

    private static Worker employee(String name, String username, Post post, Department department, String hash) {
        Person person = Person.of(new IdentityNumber(TestAccounts.idNumber()), name, null);
        person.persist();
        Employment.start(person, post, department, LocalDate.now().minusYears(1)).persist();
        account(Account.worker(username, person), hash);
        return new Worker(person.id, name, username);
    }

    private static Account account(Account account, String hash) {
        account.setPasswordHash(hash);
        account.persist();
        return account;
    }

    public TestAccounts.Browser signInAdmin() {
        return TestAccounts.signIn(admin, TestAccounts.PASSWORD);
    }

    public TestAccounts.Browser signInForeignAdmin() {
        return TestAccounts.signIn(foreignAdmin, TestAccounts.PASSWORD);
    }

    public String tasks() {
        return "/api/companies/" + companyId + "/training-tasks";
    }

    /** JSON requests as a signed-in browser. */
    public static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    // --- courses ------------------------------------------------------------------------------------

    /**
     * A published course of this world's institution: one chapter with a video lesson per duration
     * (ms) and, if asked, a PDF lesson; questions: singles (answer A), one multiple (answer AC),
     * one true/false (answer TRUE), {@code questions} in all.
     */
    public CourseMade publishedCourse(String title, List<Long> videoMs, boolean withDocument, int questions, int passMark) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource().getConnection()) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long course = random.nextLong(1L << 50, 1L << 51);
                long version = random.nextLong(1L << 50, 1L << 51);
                long chapter = random.nextLong(1L << 50, 1L << 51);
                exec(c, "insert into course (id, institution_id) values (?, ?)", course, institutionId);
                exec(c, """
                        insert into course_version (id, course_id, number, status, title, summary, training_type,
                            declared_hours, pass_mark) values (?, ?, 1, 'DRAFT', ?, ?, 'REFRESHER', 1.0, ?)""",
                        version, course, title, "测试课程：" + title, passMark);
                exec(c, "insert into course_version_industry (version_id, industry) values (?, 'CHEMICAL')", version);
                exec(c, "insert into course_version_post_kind (version_id, post_kind) values (?, 'GENERAL_WORKER')", version);
                exec(c, "insert into course_chapter (id, version_id, position, title) values (?, ?, 0, '第一章')",
                        chapter, version);
                List<Long> lessons = new ArrayList<>();
                int position = 0;
                for (long ms : videoMs) {
                    UUID media = UUID.randomUUID();
                    exec(c, """
                            insert into media_upload (id, object_key, filename, content_type, declared_size, part_size,
                                status, owner_id, created_at, updated_at)
                            values (?, ?, 'v.mp4', 'video/mp4', 1000, 1000, 'COMPLETED', 'test', now(), now())""",
                            media, "media/" + media + "/source");
                    exec(c, """
                            insert into media_asset (id, owner_id, filename, source_key, source_size, state, progress,
                                duration_ms, created_at, updated_at, ready_at)
                            values (?, 'test', 'v.mp4', ?, 1000, 'READY', 100, ?, now(), now(), now())""",
                            media, "media/" + media + "/source", ms);
                    long lesson = random.nextLong(1L << 50, 1L << 51);
                    exec(c, """
                            insert into course_lesson (id, chapter_id, version_id, position, lesson_key, title, kind, media_id)
                            values (?, ?, ?, ?, ?, ?, 'VIDEO', ?)""",
                            lesson, chapter, version, position, UUID.randomUUID(), "第" + (position + 1) + "课", media);
                    lessons.add(lesson);
                    position++;
                }
                if (withDocument) {
                    long lesson = random.nextLong(1L << 50, 1L << 51);
                    exec(c, """
                            insert into course_lesson (id, chapter_id, version_id, position, lesson_key, title, kind,
                                document_key, document_name, document_size)
                            values (?, ?, ?, ?, ?, '安全规程', 'DOCUMENT', ?, 'rules.pdf', 100)""",
                            lesson, chapter, version, position, UUID.randomUUID(), "catalog/documents/" + UUID.randomUUID() + ".pdf");
                    lessons.add(lesson);
                }
                Map<Long, String> answers = new LinkedHashMap<>();
                Map<Long, String> kinds = new LinkedHashMap<>();
                for (int i = 0; i < questions; i++) {
                    long question = random.nextLong(1L << 50, 1L << 51);
                    String kind = i == 0 ? "MULTIPLE" : i == 1 ? "TRUE_FALSE" : "SINGLE";
                    String answer = i == 0 ? "AC" : i == 1 ? "TRUE" : "A";
                    String options = i == 1 ? "{}" : "{\"正确做法\",\"错误做法\",\"另一正确做法\"}";
                    exec(c, """
                            insert into course_question (id, version_id, position, kind, stem, options, answer, explanation)
                            values (?, ?, ?, ?, ?, ?::text[], ?, '解析')""",
                            question, version, i, kind, "第 " + (i + 1) + " 题 " + title, options, answer);
                    answers.put(question, answer);
                    kinds.put(question, kind);
                }
                exec(c, "update course_version set status = 'PUBLISHED', published_at = now() where id = ?", version);
                exec(c, "update course set published_version_id = ? where id = ?", version, course);
                return new CourseMade(course, version, title, lessons, videoMs, answers, kinds);
            }
        });
    }

    /** A course with a draft only (never published). */
    public long draftCourse(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource().getConnection()) {
                long course = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 51);
                exec(c, "insert into course (id, institution_id) values (?, ?)", course, institutionId);
                exec(c, """
                        insert into course_version (id, course_id, number, status, title, training_type, declared_hours,
                            pass_mark) values (?, ?, 1, 'DRAFT', ?, 'REFRESHER', 1.0, 60)""",
                        ThreadLocalRandom.current().nextLong(1L << 50, 1L << 51), course, title);
                return course;
            }
        });
    }

    /** The test fixture for "watched": coverage of a lesson, as the playback feature would store it. */
    public static void watched(long personId, long lessonId, long coveredMs) {
        update("""
                insert into lesson_coverage (person_id, lesson_id, covered, covered_ms, updated_at)
                values (?, ?, int8multirange(int8range(0, ?)), ?, now())
                on conflict (person_id, lesson_id) do update
                    set covered = excluded.covered, covered_ms = excluded.covered_ms, updated_at = now()""",
                personId, lessonId, coveredMs, coveredMs);
    }

    /** Every lesson of the course watched to the end, documents opened. */
    public static void watchedAll(long personId, CourseMade course) {
        for (int i = 0; i < course.lessonIds().size(); i++) {
            if (i < course.videoDurationsMs().size()) {
                watched(personId, course.lessonIds().get(i), course.videoDurationsMs().get(i));
            } else {
                update("insert into document_reading (person_id, lesson_id, opened_at) values (?, ?, now()) on conflict do nothing",
                        personId, course.lessonIds().get(i));
            }
        }
    }

    // --- SQL ----------------------------------------------------------------------------------------

    public static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }

    public static void update(String sql, Object... args) {
        try (Connection c = dataSource().getConnection()) {
            exec(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> column(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
