package org.anxue.oversight;

import static io.restassured.RestAssured.given;
import static org.anxue.oversight.OversightFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.anxue.learning.CourseCompleted;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
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
import org.anxue.security.Account;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress against the plan targets by district, industry and company, with 生产加工型小微企业 measured from
 * the companies' recorded size. Besides the oversight fixtures' fireworks company in district A: a small
 * production company in A (size set through the API by officer A), a micro production company in the
 * sibling district B (size set through the approval page's form by officer B), a medium production
 * company in A and a company directly under the city without a recorded size. People are trained online
 * (course completions), offline (a class checked by officer A) and one completion is reversed. Every
 * figure is recomputed here from the rows: employment, company, bureau and credit_entry.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class PlanProgressTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final List<String> CATEGORIES = List.of("keyPositions", "highRiskUpgrading", "majorHazardManagers",
            "smallMicroManufacturing");

    @Inject
    DataSource ds;

    OversightFixtures.World world;
    Map<String, Long> people = new HashMap<>();
    Map<String, String> idNumbers = new HashMap<>();
    long small;
    long micro;
    long medium;
    long direct;

    @BeforeEach
    void setUp() {
        world = OversightFixtures.world();
        String tag = world.tag();
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.findById(world.cityId());
            Bureau a = Bureau.find("code", "OA" + tag).firstResult();
            Bureau b = Bureau.find("code", "OB" + tag).firstResult();
            Company s = company("小型机加工" + tag, Industry.INDUSTRY_TRADE, RiskTier.GENERAL, a);
            Company m = company("微型食品加工" + tag, Industry.INDUSTRY_TRADE, RiskTier.MAJOR, b);
            Company d = company("中型纺织" + tag, Industry.OTHER, RiskTier.GENERAL, a);
            Company c = company("市直印刷" + tag, Industry.INDUSTRY_TRADE, RiskTier.GENERAL, city);
            employ("s1", s, PostKind.PRINCIPAL, null);
            Person both = employ("s2", s, PostKind.GENERAL, null);
            employ("m1", m, PostKind.SAFETY_MANAGER, null);
            employ("m2", m, PostKind.GENERAL, both); // also at the small company of district A
            employ("d1", d, PostKind.PRINCIPAL, null);
            employ("c1", c, PostKind.GENERAL, null);
            // the fireworks company is in A; sizes of d and c are set directly (d: medium, c: none recorded)
            d.describeSize(org.anxue.org.CompanyScale.MEDIUM, true);
            c.describeSize(null, true);
            Institution institution = Institution.findById(world.institutionId());
            Account admin = Account.institutionAdmin("pia-" + tag, "培训机构管理员", institution);
            admin.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            admin.persist();
            return new long[] {s.id, m.id, d.id, c.id};
        });
        small = ids[0];
        micro = ids[1];
        medium = ids[2];
        direct = ids[3];
        world.staff().forEach((key, staff) -> {
            people.put(key, staff.personId());
            idNumbers.put(key, staff.idNumber());
        });

        // officer A records the small company's size through the API, officer B the micro one's through the form
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf())
                .body(Map.of("scale", "SMALL", "productionProcessing", true))
                .put("/api/archives/companies/" + small + "/size").then().statusCode(200);
        given().cookies(world.officerB().cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerB().csrf()).formParam("scale", "微型")
                .formParam("productionProcessing", "true")
                .post("/approvals/companies/" + micro + "/size").then().statusCode(303);

        for (String key : List.of("principal", "general", "manager2", "s1", "s2", "m1", "m2", "d1", "c1")) {
            complete(people.get(key));
        }
        // manager2's completion is reversed: not trained
        long sequence = QuarkusTransaction.requiringNew().call(() -> Sql.one(ds,
                "select max(sequence) from credit_entry where id_number = ? and kind = 'ONLINE_COURSE_COMPLETED'",
                r -> r.getLong(1), idNumbers.get("manager2")).orElseThrow());
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf())
                .body(Map.of("sequence", sequence, "reason", "录入错误", "evidence", "核查记录"))
                .post("/api/credits/people/" + people.get("manager2") + "/reversals").then().statusCode(201);
        // operator1 attends an offline class of the institution in A, checked by officer A
        TestAccounts.Browser institutionAdmin = TestAccounts.signIn("pia-" + tag, TestAccounts.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("course", "烟花爆竹安全作业（线下）");
        body.put("trainingType", "ROUTINE");
        body.put("startsOn", TODAY.toString());
        body.put("endsOn", TODAY.toString());
        body.put("hours", "8");
        body.put("attendees", List.of(idNumbers.get("operator1")));
        long classId = as(institutionAdmin).header(CsrfTokens.HEADER, institutionAdmin.csrf()).body(body)
                .post("/api/credits/offline-classes").then().statusCode(201).extract().jsonPath().getLong("id");
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).body(Map.of("approve", true))
                .post("/api/credits/offline-classes/" + classId + "/check").then().statusCode(200);
    }

    private Company company(String name, Industry industry, RiskTier tier, Bureau bureau) {
        Company company = Company.register(TestAccounts.creditCode(), name, industry, tier, bureau, "某路 1 号");
        company.approve(null, Instant.now(), null);
        company.persist();
        return company;
    }

    /** A person employed at {@code company} in a post of {@code kind} (or, with {@code person}, that person too). */
    private Person employ(String key, Company company, PostKind kind, Person person) {
        Department office = Department.of(company, "办公室" + key);
        office.persist();
        Post post = Post.of(company, kind.name() + key, kind, null);
        post.persist();
        Person p = person;
        if (p == null) {
            String number = TestAccounts.idNumber();
            p = Person.of(new IdentityNumber(number), key + world.tag(), null);
            p.persist();
            idNumbers.put(key, number);
        }
        Employment.start(p, post, office, LocalDate.of(2022, 1, 1)).persist();
        people.put(key, p.id);
        return p;
    }

    private void complete(long personId) {
        var event = jakarta.enterprise.inject.spi.CDI.current()
                .select(new jakarta.enterprise.util.TypeLiteral<jakarta.enterprise.event.Event<CourseCompleted>>() { }).get();
        long attempt = System.nanoTime() % 1_000_000_000L;
        CourseCompleted done = new CourseCompleted(personId, 1000 + attempt % 7, 5000 + attempt % 7, "测试课程", "ROUTINE",
                new BigDecimal("2.00"), 90 * 60, List.of(UUID.randomUUID()), attempt, 90, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> event.fire(done));
    }

    // --- the recomputation from rows ------------------------------------------------------------------

    /** A current employment under the city, with what decides its categories. */
    record Job(long personId, String idNumber, String postKind, long companyId, String industry, String riskTier,
               String scale, boolean production, long bureauId, String bureauPath) {
        boolean in(String category) {
            return switch (category) {
                case "keyPositions" -> Set.of("PRINCIPAL", "SAFETY_MANAGER", "SPECIAL_OPERATION").contains(postKind);
                case "highRiskUpgrading" -> riskTier.equals("HIGH_RISK");
                case "majorHazardManagers" -> Set.of("PRINCIPAL", "SAFETY_MANAGER").contains(postKind)
                        && Set.of("HIGH_RISK", "MAJOR").contains(riskTier);
                case "smallMicroManufacturing" -> production && ("SMALL".equals(scale) || "MICRO".equals(scale));
                default -> true;
            };
        }
    }

    private String pathOf(long bureauId) {
        return QuarkusTransaction.requiringNew().call(() -> Sql.one(ds, "select path from bureau where id = ?",
                r -> r.getString(1), bureauId).orElseThrow());
    }

    private List<Job> jobsUnder(String path) {
        return QuarkusTransaction.requiringNew().call(() -> Sql.list(ds, """
                select e.person_id, p.id_number, e.post_kind, c.id, c.industry, c.risk_tier, c.scale, c.production_processing,
                       b.id, b.path
                from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id
                join bureau b on b.id = c.bureau_id where e.end_date is null and b.path like ?""",
                r -> new Job(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getBoolean(8), r.getLong(9), r.getString(10)), path + "%"));
    }

    /** ID numbers with a standing online-completion or offline-class entry in {@code year}, from the raw ledger rows. */
    private Set<String> trainedIn(int year, List<Job> jobs) {
        Set<String> numbers = new HashSet<>();
        jobs.forEach(j -> numbers.add(j.idNumber()));
        record Entry(String idNumber, long sequence, String kind, LocalDate occurredOn, Long reversed) {
        }
        List<Entry> entries = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id_number, sequence, kind, occurred_on, reversed_sequence from credit_entry where id_number = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", numbers.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new Entry(r.getString(1), r.getLong(2), r.getString(3), r.getObject(4, LocalDate.class),
                            (Long) r.getObject(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<String> reversed = new HashSet<>();
        entries.stream().filter(e -> e.kind().equals("REVERSAL")).forEach(e -> reversed.add(e.idNumber() + "#" + e.reversed()));
        Set<String> trained = new HashSet<>();
        for (Entry e : entries) {
            if ((e.kind().equals("ONLINE_COURSE_COMPLETED") || e.kind().equals("OFFLINE_CLASS_ATTENDED"))
                    && e.occurredOn().getYear() == year && !reversed.contains(e.idNumber() + "#" + e.sequence())) {
                trained.add(e.idNumber());
            }
        }
        return trained;
    }

    /** Distinct trained people per category (and "trained": any) among the jobs that {@code row} selects. */
    private static Map<String, Integer> count(List<Job> jobs, Set<String> trained, Predicate<Job> row) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : concat(CATEGORIES, "trained")) {
            counts.put(category, (int) jobs.stream().filter(row).filter(j -> trained.contains(j.idNumber()))
                    .filter(j -> j.in(category)).map(Job::personId).distinct().count());
        }
        return counts;
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private static Map<String, Integer> figures(JsonPath json, String at) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : concat(CATEGORIES, "trained")) {
            counts.put(category, json.getInt(at + "." + category));
        }
        return counts;
    }

    /** Checks every figure of an officer's progress against the rows of their subtree. */
    private void assertRecomputed(JsonPath json, String path, boolean city, long bureauId, int year) {
        List<Job> jobs = jobsUnder(path);
        Set<String> trained = trainedIn(year, jobs);
        assertThat(figures(json, "total")).isEqualTo(count(jobs, trained, j -> true));
        for (int i = 0; i < json.getList("rows").size(); i++) {
            String at = "rows[" + i + "]";
            long area = json.getLong(at + ".bureauId");
            Predicate<Job> row;
            if (!city) {
                row = j -> true;
            } else if (json.getBoolean(at + ".cityDirect")) {
                row = j -> j.bureauId() == bureauId;
            } else {
                String areaPath = pathOf(area);
                row = j -> j.bureauPath().startsWith(areaPath);
            }
            assertThat(figures(json, at)).as(json.getString(at + ".bureauName")).isEqualTo(count(jobs, trained, row));
        }
        Set<String> industries = new HashSet<>();
        jobs.stream().filter(j -> trained.contains(j.idNumber())).forEach(j -> industries.add(j.industry()));
        assertThat(json.getList("byIndustry.industry", String.class)).containsExactlyInAnyOrderElementsOf(industries);
        for (int i = 0; i < industries.size(); i++) {
            String at = "byIndustry[" + i + "]";
            String industry = json.getString(at + ".industry");
            assertThat(figures(json, at)).as(industry).isEqualTo(count(jobs, trained, j -> j.industry().equals(industry)));
            assertThat(json.getInt(at + ".companies")).isEqualTo((int) jobs.stream()
                    .filter(j -> j.industry().equals(industry) && trained.contains(j.idNumber()))
                    .map(Job::companyId).distinct().count());
        }
        Set<Long> companies = new HashSet<>();
        jobs.stream().filter(j -> trained.contains(j.idNumber())).forEach(j -> companies.add(j.companyId()));
        assertThat(json.getInt("companiesWithAnyTrained")).isEqualTo(companies.size());
        assertThat(json.getList("byCompany")).hasSize(Math.min(companies.size(), PlanProgress.COMPANY_LIMIT));
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < json.getList("byCompany").size(); i++) {
            String at = "byCompany[" + i + "]";
            long company = json.getLong(at + ".companyId");
            assertThat(figures(json, at)).isEqualTo(count(jobs, trained, j -> j.companyId() == company));
            assertThat(json.getInt(at + ".trained")).isLessThanOrEqualTo(previous);
            previous = json.getInt(at + ".trained");
        }
        int[] scaled = QuarkusTransaction.requiringNew().call(() -> Sql.one(ds, """
                select count(*), count(*) filter (where c.scale is null) from company c join bureau b on b.id = c.bureau_id
                where b.path like ?""", r -> new int[] {r.getInt(1), r.getInt(2)}, path + "%").orElseThrow());
        assertThat(json.getInt("companies")).isEqualTo(scaled[0]);
        assertThat(json.getInt("companiesWithoutScale")).isEqualTo(scaled[1]);
        for (int i = 0; i < CATEGORIES.size(); i++) {
            String category = CATEGORIES.get(i);
            int target = json.getInt("targets.current.targets." + category);
            int done = json.getInt("total." + category);
            assertThat(json.getString("shares[" + i + "].category")).isEqualTo(category);
            assertThat(json.getInt("shares[" + i + "].trained")).isEqualTo(done);
            assertThat(json.getInt("shares[" + i + "].target")).isEqualTo(target);
            assertThat(new BigDecimal(json.getString("shares[" + i + "].percent")))
                    .isEqualByComparingTo(BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP));
        }
    }

    // --- the tests ------------------------------------------------------------------------------------

    @Test
    void shouldRecomputeEveryFigureOfTheCityFromTheRows() {
        int year = TODAY.getYear();
        JsonPath city = as(world.officerCity()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        assertRecomputed(city, pathOf(world.cityId()), true, world.cityId(), year);

        // the figures a person expects: s1, s2 at the small company (A), m1, m2 at the micro one (B)
        assertThat(city.getInt("total.smallMicroManufacturing")).isEqualTo(3); // s2 and m2 are one person
        assertThat(city.getString("rows[0].bureauName")).startsWith("甲区");
        assertThat(city.getInt("rows[0].smallMicroManufacturing")).isEqualTo(2);
        assertThat(city.getInt("rows[1].smallMicroManufacturing")).isEqualTo(2);
        assertThat(city.getInt("rows[2].smallMicroManufacturing")).isZero(); // no recorded size: not counted
        assertThat(city.getInt("rows[2].trained")).isEqualTo(1);
        // principal, operator1 (offline), s1 (principal) — manager2's completion was reversed; d1 is a principal too
        assertThat(city.getInt("rows[0].keyPositions")).isEqualTo(4);
        assertThat(city.getInt("rows[0].highRiskUpgrading")).isEqualTo(3);
        assertThat(city.getInt("companiesWithoutScale")).isEqualTo(2); // the fireworks company and the city's own
        assertThat(city.getInt("smallMicroManufacturers")).isEqualTo(2);
        assertThat(city.getList("byCompany.companyId", Long.class)).contains(small, micro, medium, direct, world.companyId());
        assertThat(city.getString("byCompany.find { it.companyId == " + small + " }.scale")).isEqualTo("SMALL");
        assertThat(city.getBoolean("byCompany.find { it.companyId == " + micro + " }.productionProcessing")).isTrue();

        // nobody was trained last year
        JsonPath last = as(world.officerCity()).queryParam("year", year - 1).get("/api/oversight/plan-progress")
                .then().statusCode(200).extract().jsonPath();
        assertRecomputed(last, pathOf(world.cityId()), true, world.cityId(), year - 1);
        assertThat(last.getInt("total.trained")).isZero();
        assertThat(last.getList("byCompany")).isEmpty();
    }

    @Test
    void shouldKeepSiblingDistrictsApart() {
        int year = TODAY.getYear();
        JsonPath a = as(world.officerA()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        long districtA = a.getLong("rows[0].bureauId");
        assertRecomputed(a, pathOf(districtA), false, districtA, year);
        assertThat(a.getList("byCompany.companyId", Long.class)).containsExactlyInAnyOrder(world.companyId(), small, medium);
        assertThat(a.getInt("total.smallMicroManufacturing")).isEqualTo(2);
        assertThat(a.getInt("companiesWithoutScale")).isEqualTo(1);

        JsonPath b = as(world.officerB()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        long districtB = b.getLong("rows[0].bureauId");
        assertThat(districtB).isNotEqualTo(districtA);
        assertRecomputed(b, pathOf(districtB), false, districtB, year);
        assertThat(b.getList("byCompany.companyId", Long.class)).containsExactly(micro);
        assertThat(b.getList("byIndustry.industry", String.class)).containsExactly("INDUSTRY_TRADE");
        assertThat(b.getInt("total.smallMicroManufacturing")).isEqualTo(2);
        assertThat(b.getInt("total.highRiskUpgrading")).isZero();
        assertThat(b.getInt("companiesWithoutScale")).isZero();

        // officer B cannot record the size of a company of district A
        as(world.officerB()).header(CsrfTokens.HEADER, world.officerB().csrf())
                .body(Map.of("scale", "LARGE", "productionProcessing", false))
                .put("/api/archives/companies/" + small + "/size").then().statusCode(404);
        assertThat(scaleOf(small)).isEqualTo("SMALL");
    }

    @Test
    void shouldShowTheTablesAndChartMarkersOnThePlanPage() {
        String html = given().cookies(world.officerCity().cookies()).get("/oversight/plan-targets").then().statusCode(200)
                .body(containsString("data-plan-dashboard"))
                .body(containsString("data-chart-table=\"plan-shares\""))
                .body(containsString("data-chart-table=\"plan-by-area\""))
                .body(containsString("data-chart-table=\"plan-by-industry\""))
                .body(containsString("data-chart-table=\"plan-by-company\""))
                .body(containsString("id=\"plan-by-area\""))
                .body(containsString("data-companies-without-scale=\"2\""))
                .body(containsString("data-company-row=\"" + small + "\""))
                .body(containsString("生产加工型小微企业"))
                .extract().asString();
        JsonPath city = as(world.officerCity()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        // the shares table: one row per category with the percentage as the chart's value
        for (int i = 0; i < CATEGORIES.size(); i++) {
            assertThat(html).contains("data-key=\"" + CATEGORIES.get(i) + "\" data-trained=\"" + city.getInt("shares[" + i + "].trained")
                    + "\" data-target=\"" + city.getInt("shares[" + i + "].target") + "\"");
        }
        // 3 of 100,000 small and micro manufacturers' people: 0.00 %, shown as such (not as "no target")
        assertThat(html).contains("<td data-value=\"0.00\" data-share>0.00%</td>");
        assertThat(html).contains("<td data-series=\"smallMicroManufacturing\" data-value=\"2\">2</td>");
        assertThat(html).contains(city.getInt("total.smallMicroManufacturing") + " / "
                + city.getInt("targets.current.targets.smallMicroManufacturing"));

        given().cookies(world.officerCity().cookies()).header("Accept-Language", "en").get("/oversight/plan-targets").then()
                .statusCode(200).body(containsString("have no recorded size")).body(containsString("By industry"));
    }

    @Test
    void shouldRefuseABadSizeAndChangeNothing() {
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf())
                .body(Map.of("scale", "HUGE", "productionProcessing", false))
                .put("/api/archives/companies/" + small + "/size").then().statusCode(400)
                .body("message", containsString("大型、中型、小型、微型"));
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).header("Accept-Language", "en")
                .body(Map.of("scale", "HUGE", "productionProcessing", false))
                .put("/api/archives/companies/" + small + "/size").then().statusCode(400)
                .body("message", containsString("large, medium, small or micro"));
        Map<String, Object> noFlag = new HashMap<>();
        noFlag.put("scale", "MEDIUM");
        noFlag.put("productionProcessing", null);
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).body(noFlag)
                .put("/api/archives/companies/" + small + "/size").then().statusCode(400);
        given().cookies(world.officerA().cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerA().csrf()).formParam("scale", "巨型")
                .formParam("productionProcessing", "true")
                .post("/archives/companies/" + small + "/size").then().statusCode(400)
                .body(containsString("企业规模只能是"));
        given().cookies(world.officerA().cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerA().csrf()).formParam("scale", "MEDIUM")
                .formParam("productionProcessing", "maybe")
                .post("/archives/companies/" + small + "/size").then().statusCode(400)
                .body(containsString("生产加工型企业"));
        assertThat(scaleOf(small)).isEqualTo("SMALL");
        assertThat(productionOf(small)).isTrue();

        // the company archive shows the size and its form; unticking the box records a non-production company
        given().cookies(world.officerA().cookies()).get("/archives/companies/" + small).then().statusCode(200)
                .body(containsString("data-scale=\"SMALL\"")).body(containsString("data-size-form"));
        given().cookies(world.officerA().cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerA().csrf()).formParam("scale", "")
                .post("/archives/companies/" + small + "/size").then().statusCode(303);
        assertThat(scaleOf(small)).isNull();
        assertThat(productionOf(small)).isFalse();
        as(world.officerA()).get("/api/archives/companies/" + small).then().statusCode(200)
                .body("scale", org.hamcrest.Matchers.nullValue())
                .body("productionProcessing", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void shouldLetTheCompanyAdminRecordItsOwnSizeOnly() {
        String username = "pca-" + world.tag();
        QuarkusTransaction.requiringNew().run(() -> {
            Account admin = Account.companyAdmin(username, "企业管理员", Company.findById(micro));
            admin.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            admin.persist();
        });
        TestAccounts.Browser admin = TestAccounts.signIn(username, TestAccounts.PASSWORD);
        given().cookies(admin.cookies()).get("/archives/company").then().statusCode(200)
                .body(containsString("data-size-form")).body(containsString("data-scale=\"MICRO\">微型</dd>"))
                .body(containsString("data-production=\"true\">是</dd>"))
                .body(containsString("<option value=\"MICRO\" selected>微型</option>"));
        given().cookies(admin.cookies()).header("Accept-Language", "en").get("/archives/company").then().statusCode(200)
                .body(containsString("Company size and type")).body(containsString("data-scale=\"MICRO\">Micro</dd>"));
        as(admin).header(CsrfTokens.HEADER, admin.csrf()).body(Map.of("scale", "小型", "productionProcessing", true))
                .put("/api/archives/companies/" + micro + "/size").then().statusCode(200)
                .body("scale", org.hamcrest.Matchers.equalTo("SMALL"));
        assertThat(scaleOf(micro)).isEqualTo("SMALL");
        as(admin).header(CsrfTokens.HEADER, admin.csrf()).body(Map.of("scale", "MICRO", "productionProcessing", true))
                .put("/api/archives/companies/" + small + "/size").then().statusCode(404);
        assertThat(scaleOf(small)).isEqualTo("SMALL");
        // the approving bureau sees the recorded size on the approval page
        given().cookies(world.officerB().cookies()).get("/approvals/companies/" + micro).then().statusCode(200)
                .body(containsString("data-scale=\"SMALL\"")).body(containsString("action=\"/approvals/companies/" + micro + "/size\""));
    }

    /** The company's recorded scale, null when none is recorded. */
    private String scaleOf(long companyId) {
        String scale = QuarkusTransaction.requiringNew().call(() -> Sql.one(ds, "select coalesce(scale, '') from company where id = ?",
                r -> r.getString(1), companyId).orElseThrow(() -> new AssertionError("no company " + companyId)));
        return scale.isEmpty() ? null : scale;
    }

    private boolean productionOf(long companyId) {
        return QuarkusTransaction.requiringNew().call(() -> Sql.one(ds, "select production_processing from company where id = ?",
                r -> r.getBoolean(1), companyId).orElseThrow());
    }
}
