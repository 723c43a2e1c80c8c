package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class EmployeesTests {

    static Map<String, Object> employee(String name, String idNumber, String postKind) {
        return new java.util.HashMap<>(Map.of("name", name, "idNumber", idNumber, "postKind", postKind,
                "startDate", "2024-03-01"));
    }

    static Response add(TestAccounts.Browser admin, long companyId, Map<String, Object> body) {
        return given().cookies(admin.cookies()).contentType(ContentType.JSON).body(body)
                .when().post("/api/companies/" + companyId + "/employees");
    }

    private static long personCount(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> Person.count("idNumber", idNumber));
    }

    /** An ID number whose check character is wrong: the right one plus one, mod 11's alphabet. */
    static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    @Test
    void shouldAddAnEmployeeAndGiveThemAWorkerAccountAwaitingActivation() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        Map<String, Object> body = employee("王小明", id, "一般从业人员");
        body.put("phone", "13800138000");
        body.put("departmentId", world.workshopId());

        Response response = add(world.signInAdmin(), world.companyId(), body);

        response.then().statusCode(201)
                .body("accountCreated", equalTo(true))
                .body("employee.name", equalTo("王小明"))
                .body("employee.idNumber", equalTo(id))
                .body("employee.department", equalTo("生产部/一车间"))
                .body("employee.post", equalTo("一般从业人员"))
                .body("employee.postKind", equalTo("GENERAL"))
                .body("employee.current", equalTo(true))
                .body("employee.accountStatus", equalTo("PENDING_ACTIVATION"));
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find(
                "person.idNumber = ?1 and role = ?2", id, Role.WORKER).singleResult());
        assertEquals(AccountStatus.PENDING_ACTIVATION, account.status);
        assertEquals(id, account.username);
        assertEquals(null, account.passwordHash);
        given().cookies(world.signInAdmin().cookies()).when().get(world.employees())
                .then().statusCode(200).body("items.idNumber", hasItem(id)).body("total", equalTo(1));
    }

    @Test
    void shouldRefuseABadIdNumberWithTheReasonInTheCallersLanguageAndStoreNothing() {
        RosterWorld world = RosterWorld.create();
        String bad = withWrongCheckCharacter(TestAccounts.idNumber());
        TestAccounts.Browser admin = world.signInAdmin();

        add(admin, world.companyId(), employee("王小明", bad, "GENERAL"))
                .then().statusCode(400)
                .body("error", equalTo("invalidInput"))
                .body("problems[0].field", equalTo("idNumber"))
                .body("problems[0].code", equalTo("idWrongCheckCharacter"))
                .body("problems[0].message", containsString("校验码不符"))
                .body("message", containsString("身份证号"));
        given().cookies(admin.cookies()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(employee("王小明", "33100219850312", "GENERAL"))
                .when().post(world.employees())
                .then().statusCode(400)
                .body("problems[0].code", equalTo("idWrongLength"))
                .body("problems[0].message", equalTo("An ID number has 18 characters."));
        assertEquals(0, personCount(bad));
        given().cookies(admin.cookies()).when().get(world.employees()).then().body("total", equalTo(0));
    }

    @Test
    void shouldReportEveryMissingOrWrongFieldAtOnce() {
        RosterWorld world = RosterWorld.create();

        add(world.signInAdmin(), world.companyId(), Map.of("postKind", "厨师", "startDate", "2024-02-30", "phone", "abc"))
                .then().statusCode(400)
                .body("problems.field", contains("name", "idNumber", "phone", "postKind", "startDate"))
                .body("problems.code", contains("required", "required", "invalidPhone", "unknownPostKind", "invalidDate"));
    }

    @Test
    void shouldLinkSomeoneWhoWorksElsewhereToTheSamePersonAndKeepTheirAccount() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        TestAccounts.Browser foreignAdmin = TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD);
        long personId = add(foreignAdmin, world.foreignCompanyId(), employee("李四", id, "SAFETY_MANAGER"))
                .then().statusCode(201).body("accountCreated", equalTo(true))
                .extract().jsonPath().getLong("employee.personId");

        add(world.signInAdmin(), world.companyId(), employee("李四", id, "PRINCIPAL"))
                .then().statusCode(201)
                .body("employee.personId", equalTo((int) personId))
                .body("accountCreated", equalTo(false))
                .body("employee.accountStatus", equalTo("PENDING_ACTIVATION"));

        assertEquals(1, personCount(id));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Employment.count("person.id = ?1", personId)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Account.count("person.id", personId)));
    }

    @Test
    void shouldRefuseSomeoneWhoIsAlreadyEmployedHereWith409() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        TestAccounts.Browser admin = world.signInAdmin();
        add(admin, world.companyId(), employee("赵六", id, "GENERAL")).then().statusCode(201);

        add(admin, world.companyId(), employee("赵六", id, "PRINCIPAL"))
                .then().statusCode(409)
                .body("error", equalTo("conflict"))
                .body("problems[0].code", equalTo("alreadyEmployed"))
                .body("problems[0].message", equalTo("此人已在本企业在职，不能重复添加。"));

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Employment.count("person.idNumber", id)));
    }

    @Test
    void shouldRefuseANameThatDiffersFromTheOneRegisteredForTheIdNumber() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        add(TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD), world.foreignCompanyId(),
                employee("孙七", id, "GENERAL")).then().statusCode(201);

        add(world.signInAdmin(), world.companyId(), employee("孙八", id, "GENERAL"))
                .then().statusCode(409)
                .body("problems[0].field", equalTo("name"))
                .body("problems[0].code", equalTo("nameMismatch"))
                .body("problems[0].message", not(containsString("孙七")));
    }

    @Test
    void shouldEndAnEmploymentKeepItAsHistoryAndLetThePersonBeHiredAgain() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        TestAccounts.Browser admin = world.signInAdmin();
        long first = add(admin, world.companyId(), employee("周九", id, "GENERAL")).then().statusCode(201)
                .extract().jsonPath().getLong("employee.id");

        given().cookies(admin.cookies()).contentType(ContentType.JSON)
                .body(Map.of("endDate", "2024-01-01", "reason", "辞职"))
                .when().post(world.employees() + "/" + first + "/end")
                .then().statusCode(400).body("problems[0].code", equalTo("endBeforeStart"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON)
                .body(Map.of("endDate", LocalDate.now().plusDays(3).toString()))
                .when().post(world.employees() + "/" + first + "/end")
                .then().statusCode(400).body("problems[0].code", equalTo("endTooLate"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON)
                .body(Map.of("endDate", "2024-06-30", "reason", "辞职"))
                .when().post(world.employees() + "/" + first + "/end")
                .then().statusCode(200).body("current", equalTo(false)).body("endDate", equalTo("2024-06-30"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("endDate", "2024-07-01"))
                .when().post(world.employees() + "/" + first + "/end")
                .then().statusCode(409).body("error", equalTo("employmentEnded"));

        given().cookies(admin.cookies()).when().get(world.employees()).then().body("total", equalTo(0));
        given().cookies(admin.cookies()).queryParam("status", "former").when().get(world.employees())
                .then().body("items.id", contains((int) first));

        long second = add(admin, world.companyId(), employee("周九", id, "PRINCIPAL")).then().statusCode(201)
                .extract().jsonPath().getLong("employee.id");
        given().cookies(admin.cookies()).when().get(world.employees() + "/" + second)
                .then().statusCode(200)
                .body("employee.current", equalTo(true))
                .body("history.id", contains((int) first))
                .body("history[0].endReason", equalTo("辞职"));
    }

    @Test
    void shouldChangeDepartmentAndPostKindAndUseTheStandardPostOfTheKind() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        Map<String, Object> body = employee("吴十", TestAccounts.idNumber(), "SPECIAL_OPERATION");
        body.put("postId", world.electricianPostId());
        long id = add(admin, world.companyId(), body).then().statusCode(201)
                .body("employee.post", equalTo("电工"))
                .body("employee.operation", equalTo("LOW_VOLTAGE_ELECTRICIAN"))
                .extract().jsonPath().getLong("employee.id");

        Map<String, Object> change = employee("吴十", "ignored", "安全生产管理人员");
        change.put("departmentId", world.productionId());
        change.put("phone", "0576-88123456");
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(change)
                .when().put(world.employees() + "/" + id)
                .then().statusCode(200)
                .body("post", equalTo("安全生产管理人员"))
                .body("postKind", equalTo("SAFETY_MANAGER"))
                .body("operation", equalTo(null))
                .body("department", equalTo("生产部"))
                .body("phone", equalTo("0576-88123456"));
    }

    @Test
    void shouldAskForTheOperationOfSpecialOperationsOnlyAndCheckAChosenPostsKind() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        add(admin, world.companyId(), employee("甲", TestAccounts.idNumber(), "特种作业人员"))
                .then().statusCode(400).body("problems[0].code", equalTo("operationRequired"));
        Map<String, Object> general = employee("乙", TestAccounts.idNumber(), "GENERAL");
        general.put("operation", "低压电工");
        add(admin, world.companyId(), general)
                .then().statusCode(400).body("problems[0].code", equalTo("operationNotAllowed"));
        Map<String, Object> mismatch = employee("丙", TestAccounts.idNumber(), "PRINCIPAL");
        mismatch.put("postId", world.electricianPostId());
        add(admin, world.companyId(), mismatch)
                .then().statusCode(400).body("problems[0].code", equalTo("postKindMismatch"));
        Map<String, Object> shortName = employee("丁", TestAccounts.idNumber(), "特种作业人员");
        shortName.put("operation", "焊接与热切割");
        add(admin, world.companyId(), shortName)
                .then().statusCode(400).body("problems[0].code", equalTo("unknownOperation"));
        shortName.put("operation", "高处安装、维护、拆除");
        add(admin, world.companyId(), shortName)
                .then().statusCode(201).body("employee.operation", equalTo("WORK_AT_HEIGHT"))
                .body("employee.post", equalTo("高处安装、维护、拆除作业"));
    }

    @Test
    void shouldNotTakeADepartmentOfAnotherCompany() {
        RosterWorld world = RosterWorld.create();
        long foreignDepartment = given().cookies(TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD).cookies())
                .contentType(ContentType.JSON).body(Map.of("name", "熔铸车间"))
                .when().post("/api/companies/" + world.foreignCompanyId() + "/departments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = employee("陈一", TestAccounts.idNumber(), "GENERAL");
        body.put("departmentId", foreignDepartment);

        add(world.signInAdmin(), world.companyId(), body)
                .then().statusCode(400).body("problems[0].code", equalTo("unknownDepartment"));
    }

    @Test
    void shouldSearchByNameIdNumberOrPhoneAndFilterByDepartmentSubtreeAndKind() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        String idA = TestAccounts.idNumber();
        Map<String, Object> a = employee("欧阳娜娜", idA, "GENERAL");
        a.put("departmentId", world.workshopId());
        a.put("phone", "13912345678");
        add(admin, world.companyId(), a).then().statusCode(201);
        Map<String, Object> b = employee("司马光", TestAccounts.idNumber(), "PRINCIPAL");
        b.put("departmentId", world.productionId());
        add(admin, world.companyId(), b).then().statusCode(201);
        add(admin, world.companyId(), employee("诸葛亮", TestAccounts.idNumber(), "SAFETY_MANAGER")).then().statusCode(201);

        List<String> byName = given().cookies(admin.cookies()).queryParam("q", "欧阳").when().get(world.employees())
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertEquals(List.of("欧阳娜娜"), byName);
        given().cookies(admin.cookies()).queryParam("q", idA.substring(6, 14)).when().get(world.employees())
                .then().body("items.name", contains("欧阳娜娜"));
        given().cookies(admin.cookies()).queryParam("q", "1391234").when().get(world.employees())
                .then().body("items.name", contains("欧阳娜娜"));
        given().cookies(admin.cookies()).queryParam("q", "%").when().get(world.employees())
                .then().body("total", equalTo(0));
        given().cookies(admin.cookies()).queryParam("departmentId", world.productionId()).when().get(world.employees())
                .then().body("items.name", contains("司马光", "欧阳娜娜"));
        given().cookies(admin.cookies()).queryParam("departmentId", world.workshopId()).when().get(world.employees())
                .then().body("items.name", contains("欧阳娜娜"));
        given().cookies(admin.cookies()).queryParam("postKind", "安全生产管理人员").when().get(world.employees())
                .then().body("items.name", contains("诸葛亮"));
        given().cookies(admin.cookies()).queryParam("postKind", "厨师").when().get(world.employees())
                .then().statusCode(400).body("error", equalTo("unknownPostKind"));
        given().cookies(admin.cookies()).queryParam("size", 2).queryParam("page", 2).when().get(world.employees())
                .then().body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(2));
    }

    @Test
    void shouldNotLetANameBeChangedForSomeoneOtherCompaniesEmployedToo() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        add(TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD), world.foreignCompanyId(),
                employee("钱二", id, "GENERAL")).then().statusCode(201);
        TestAccounts.Browser admin = world.signInAdmin();
        long employment = add(admin, world.companyId(), employee("钱二", id, "GENERAL")).then().statusCode(201)
                .extract().jsonPath().getLong("employee.id");

        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(employee("钱三", id, "GENERAL"))
                .when().put(world.employees() + "/" + employment)
                .then().statusCode(409).body("problems[0].code", equalTo("nameLocked"));
        assertEquals("钱二", QuarkusTransaction.requiringNew().call(() ->
                Person.findByIdNumber(new IdentityNumber(id)).orElseThrow().name));
    }
}
