package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class DepartmentsAndPostsTests {

    private static Response post(TestAccounts.Browser admin, String path, Map<String, Object> body) {
        return given().cookies(admin.cookies()).contentType(ContentType.JSON).body(body).when().post(path);
    }

    @Test
    void shouldCreateNestedDepartmentsListThemByPathAndRenameThem() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        long sales = post(admin, world.departments(), Map.of("name", " 销售部 ")).then().statusCode(201)
                .body("name", equalTo("销售部")).body("path", equalTo("销售部")).extract().jsonPath().getLong("id");
        post(admin, world.departments(), Map.of("name", "华东区", "parentId", sales)).then().statusCode(201)
                .body("path", equalTo("销售部/华东区"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("name", "市场部"))
                .when().put(world.departments() + "/" + sales)
                .then().statusCode(200).body("path", equalTo("市场部"));

        given().cookies(admin.cookies()).when().get(world.departments())
                .then().statusCode(200)
                .body("path", contains("市场部", "市场部/华东区", "生产部", "生产部/一车间"));
    }

    @Test
    void shouldRefuseBadOrTakenDepartmentNamesWithAClearMessage() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        post(admin, world.departments(), Map.of("name", "  ")).then().statusCode(400)
                .body("error", equalTo("departmentNameRequired")).body("message", equalTo("请填写部门名称。"));
        post(admin, world.departments(), Map.of("name", "生产部")).then().statusCode(409)
                .body("error", equalTo("departmentNameTaken")).body("message", equalTo("同一级下已有名为“生产部”的部门。"));
        post(admin, world.departments(), Map.of("name", "一车间")).then().statusCode(201);
        post(admin, world.departments(), Map.of("name", "a/b")).then().statusCode(400).body("error", equalTo("departmentNameSlash"));
        post(admin, world.departments(), Map.of("name", "x".repeat(101))).then().statusCode(400).body("error", equalTo("nameTooLong"));
        post(admin, world.departments(), Map.of("name", "孤儿", "parentId", 999_999_999)).then().statusCode(400)
                .body("error", equalTo("unknownParentDepartment"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body("{not json").when().post(world.departments())
                .then().statusCode(400);
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("name", "一车间"))
                .when().put(world.departments() + "/" + world.productionId())
                .then().statusCode(409).body("error", equalTo("departmentNameTaken"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("name", "生产一部"))
                .when().put(world.departments() + "/" + world.productionId())
                .then().statusCode(200).body("path", equalTo("生产一部"));
    }

    @Test
    void shouldDeleteOnlyUnusedDepartments() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        Map<String, Object> employee = EmployeesTests.employee("部门里的人", TestAccounts.idNumber(), "GENERAL");
        employee.put("departmentId", world.workshopId());
        long id = EmployeesTests.add(admin, world.companyId(), employee).then().statusCode(201)
                .extract().jsonPath().getLong("employee.id");

        given().cookies(admin.cookies()).when().delete(world.departments() + "/" + world.workshopId())
                .then().statusCode(409).body("error", equalTo("departmentInUse"))
                .body("message", equalTo("部门“一车间”有 1 条任职记录（含已离职的），不能删除。可以改名，或先把员工调到其他部门。"));
        given().cookies(admin.cookies()).when().delete(world.departments() + "/" + world.productionId())
                .then().statusCode(409).body("error", equalTo("departmentHasChildren"));
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("endDate", "2024-04-01"))
                .when().post(world.employees() + "/" + id + "/end").then().statusCode(200);
        given().cookies(admin.cookies()).when().delete(world.departments() + "/" + world.workshopId())
                .then().statusCode(409).body("error", equalTo("departmentInUse"));

        long empty = post(admin, world.departments(), Map.of("name", "空部门")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().cookies(admin.cookies()).when().delete(world.departments() + "/" + empty).then().statusCode(204);
        given().cookies(admin.cookies()).when().delete(world.departments() + "/" + empty).then().statusCode(404);
        given().cookies(admin.cookies()).when().get(world.departments())
                .then().body("name", not(hasItem("空部门"))).body("name", hasItem("一车间"));
    }

    @Test
    void shouldCreateRenameAndDeletePostsAndKeepUsedOnes() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        post(admin, world.posts(), Map.of("name", "焊工", "kind", "特种作业人员")).then().statusCode(400)
                .body("error", equalTo("operationRequired"));
        post(admin, world.posts(), Map.of("name", "仓管员", "kind", "GENERAL", "operation", "低压电工作业")).then().statusCode(400)
                .body("error", equalTo("operationNotAllowed"));
        post(admin, world.posts(), Map.of("name", "仓管员")).then().statusCode(400).body("error", equalTo("postKindRequired"));
        post(admin, world.posts(), Map.of("name", "电工", "kind", "GENERAL")).then().statusCode(409)
                .body("error", equalTo("postNameTaken"));
        Map<String, Object> welder = new HashMap<>(Map.of("name", "焊工", "kind", "SPECIAL_OPERATION", "operation", "熔化焊接与热切割"));
        long welderId = post(admin, world.posts(), welder).then().statusCode(201)
                .body("operation", equalTo("FUSION_WELDING")).body("kindLabel", equalTo("特种作业人员"))
                .extract().jsonPath().getLong("id");
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("name", "电焊工"))
                .when().put(world.posts() + "/" + welderId).then().statusCode(200).body("name", equalTo("电焊工"));

        Map<String, Object> employee = EmployeesTests.employee("用岗位的人", TestAccounts.idNumber(), "SPECIAL_OPERATION");
        employee.put("postId", world.electricianPostId());
        EmployeesTests.add(admin, world.companyId(), employee).then().statusCode(201);

        given().cookies(admin.cookies()).when().delete(world.posts() + "/" + world.electricianPostId())
                .then().statusCode(409).body("error", equalTo("postInUse"));
        given().cookies(admin.cookies()).when().delete(world.posts() + "/" + welderId).then().statusCode(204);
        given().cookies(admin.cookies()).when().get(world.posts())
                .then().body("name", contains("电工")).body("[0].currentEmployees", equalTo(1));
    }
}
