package org.anxue.oversight;

import static io.restassured.RestAssured.given;

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
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
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
 * A fresh slice of the world per test: a city with districts A and B (siblings), officers of each,
 * a fireworks company under A with a principal, two safety managers, two special-operation workers
 * and a general worker (one of them with a worker account), and an institution under A.
 */
final class OversightFixtures {

    record Staff(long personId, String name, String idNumber, PostKind kind) {
        String last4() {
            return idNumber.substring(14);
        }
    }

    record World(String tag, long cityId, long companyId, long institutionId, Map<String, Staff> staff,
                 TestAccounts.Browser officerA, TestAccounts.Browser officerB, TestAccounts.Browser officerCity,
                 String workerUsername) {

        Staff person(String key) {
            return staff.get(key);
        }
    }

    private OversightFixtures() {
    }

    /** A trade company in the world's sibling district B, with one general worker employed since 2021. */
    record Sibling(long companyId, long personId, String idNumber) {
    }

    static Sibling siblingCompany(World world) {
        String idNumber = TestAccounts.idNumber();
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau b = Bureau.find("code", "OB" + world.tag()).firstResult();
            Company company = Company.register(TestAccounts.creditCode(), "乙区商贸公司" + world.tag(), Industry.INDUSTRY_TRADE,
                    RiskTier.GENERAL, b, "乙区某路 2 号");
            company.approve(null, Instant.now(), null);
            company.persist();
            Department office = Department.of(company, "办公室");
            office.persist();
            Post clerk = Post.of(company, "营业员", PostKind.GENERAL, null);
            clerk.persist();
            Person person = Person.of(new IdentityNumber(idNumber), "乙员工" + world.tag(), null);
            person.persist();
            Employment.start(person, clerk, office, LocalDate.of(2021, 1, 1)).persist();
            return new long[] {company.id, person.id};
        });
        return new Sibling(ids[0], ids[1], idNumber);
    }

    static World world() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        Map<String, Staff> staff = new LinkedHashMap<>();
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("OC" + tag, "抽考市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("OA" + tag, "甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("OB" + tag, "乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            Company company = Company.register(TestAccounts.creditCode(), "烟花爆竹公司" + tag, Industry.FIREWORKS,
                    RiskTier.HIGH_RISK, a, "甲区某路 1 号");
            company.approve(null, Instant.now(), null);
            company.persist();
            Department office = Department.of(company, "办公室");
            office.persist();
            Department workshop = Department.of(company, "生产车间");
            workshop.persist();
            Post principal = Post.of(company, "总经理", PostKind.PRINCIPAL, null);
            Post manager = Post.of(company, "安全员", PostKind.SAFETY_MANAGER, null);
            Post operator = Post.of(company, "烟花爆竹作业工", PostKind.SPECIAL_OPERATION, SpecialOperation.FIREWORKS);
            Post general = Post.of(company, "包装工", PostKind.GENERAL, null);
            for (Post p : List.of(principal, manager, operator, general)) {
                p.persist();
            }
            Object[][] people = {
                {"principal", "张总" + tag, principal, office},
                {"manager1", "李安全" + tag, manager, office},
                {"manager2", "王安全" + tag, manager, office},
                {"operator1", "赵作业" + tag, operator, workshop},
                {"operator2", "钱作业" + tag, operator, workshop},
                {"general", "孙包装" + tag, general, workshop},
            };
            Person workerPerson = null;
            for (Object[] row : people) {
                String number = TestAccounts.idNumber();
                Person person = Person.of(new IdentityNumber(number), (String) row[1], null);
                person.persist();
                Employment.start(person, (Post) row[2], (Department) row[3], LocalDate.of(2020, 1, 1)).persist();
                staff.put((String) row[0], new Staff(person.id, (String) row[1], number, ((Post) row[2]).kind));
                if (row[0].equals("operator1")) {
                    workerPerson = person;
                }
            }
            Institution institution = Institution.apply("抽考培训学校" + tag, "LO-" + tag, null, a);
            institution.approve(null, Instant.now());
            institution.persist();
            String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
            for (Account account : List.of(
                    Account.bureauOfficer("soa-" + tag, "甲区检查员", a),
                    Account.bureauOfficer("sob-" + tag, "乙区检查员", b),
                    Account.bureauOfficer("soc-" + tag, "市局检查员", city),
                    Account.worker("sow-" + tag, workerPerson))) {
                account.setPasswordHash(hash);
                account.persist();
            }
            return new long[] {city.id, company.id, institution.id};
        });
        return new World(tag, ids[0], ids[1], ids[2], staff,
                TestAccounts.signIn("soa-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("sob-" + tag, TestAccounts.PASSWORD),
                TestAccounts.signIn("soc-" + tag, TestAccounts.PASSWORD),
                "sow-" + tag);
    }

    /**
     * A published course of the institution whose version targets these industries and catalog post
     * kinds, with {@code count} single-choice questions whose key is B. Returns the question ids.
     */
    static List<Long> publishedQuestions(DataSource ds, long institutionId, List<String> industries,
                                         List<String> postKinds, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                long course = value(c, "insert into course (id, institution_id) values (nextval('course_seq'), ?) returning id",
                        institutionId);
                long version = value(c, """
                        insert into course_version (id, course_id, number, status, title, training_type, declared_hours, pass_mark)
                        values (nextval('course_version_seq'), ?, 1, 'DRAFT', ?, 'REFRESHER', 1, 80) returning id""",
                        course, "抽考题库 " + industries + postKinds);
                for (String industry : industries) {
                    run(c, "insert into course_version_industry (version_id, industry) values (?, ?)", version, industry);
                }
                for (String kind : postKinds) {
                    run(c, "insert into course_version_post_kind (version_id, post_kind) values (?, ?)", version, kind);
                }
                List<Long> questions = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    questions.add(value(c, """
                            insert into course_question (id, version_id, position, kind, stem, options, answer, explanation)
                            values (nextval('course_question_seq'), ?, ?, 'SINGLE', ?, '{甲,乙,丙}', 'B', '解析') returning id""",
                            version, i, "题 " + i + " " + industries + postKinds));
                }
                run(c, "update course_version set status = 'PUBLISHED', published_at = now() where id = ?", version);
                run(c, "update course set published_version_id = ? where id = ?", version, course);
                return questions;
            }
        });
    }

    private static long value(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** A JSON request as this browser. */
    static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** A JSON request without a session (the phone). */
    static RequestSpecification phone() {
        return given().accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** Starts a spot exam as officer A for these people. */
    static io.restassured.path.json.JsonPath start(World world, int minutes, int count, String... people) {
        List<Long> ids = new ArrayList<>();
        for (String key : people) {
            ids.add(world.person(key).personId());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyId", world.companyId());
        body.put("place", "生产车间" + world.tag());
        body.put("inspectedOn", "2026-11-28");
        body.put("notes", "双随机检查");
        body.put("timeLimitMinutes", minutes);
        body.put("questionCount", count);
        body.put("personIds", ids);
        return as(world.officerA()).body(body).post("/api/spot-exams").then().statusCode(201).extract().jsonPath();
    }
}
