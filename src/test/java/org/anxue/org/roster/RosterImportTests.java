package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxue.local.TestEngines;
import org.anxue.org.Employment;
import org.anxue.security.Account;
import org.anxue.security.CsrfTokens;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class RosterImportTests {

    static Response upload(TestAccounts.Browser admin, RosterWorld world, String fileName, byte[] content, String mime) {
        return given().cookies(admin.cookies()).header(CsrfTokens.HEADER, admin.csrf())
                .multiPart("file", fileName, content, mime)
                .when().post(world.imports());
    }

    /** Polls the import until it stops running; returns it. */
    static JsonPath awaitSettled(TestAccounts.Browser admin, RosterWorld world, long id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath imp = given().cookies(admin.cookies()).when().get(world.imports() + "/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String status = imp.getString("status");
            if (!status.equals("VALIDATING") && !status.equals("IMPORTING")) {
                return imp;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import " + id + " still " + status);
            }
            sleep(100);
        }
    }

    static long started(Response response) {
        return response.then().statusCode(202).extract().jsonPath().getLong("id");
    }

    static Response commit(TestAccounts.Browser admin, RosterWorld world, long id, boolean validRowsOnly) {
        return given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("validRowsOnly", validRowsOnly))
                .when().post(world.imports() + "/" + id + "/commit");
    }

    static List<String> currentNames(TestAccounts.Browser admin, RosterWorld world) {
        return given().cookies(admin.cookies()).queryParam("size", 200).when().get(world.employees())
                .then().statusCode(200).extract().jsonPath().getList("items.name");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldReportEveryBadRowImportNothingThenImportTheValidRowsOnlyWhenAsked() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        String employed = TestAccounts.idNumber();
        EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("在职者", employed, "GENERAL"))
                .then().statusCode(201);
        String valid = TestAccounts.idNumber();
        String valid2 = TestAccounts.idNumber();
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(
                RosterFiles.header(),
                RosterFiles.row("张三", valid, "13800138000", "一车间", "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("李四", EmployeesTests.withWrongCheckCharacter(TestAccounts.idNumber()), null, null,
                        "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("张三", valid, null, null, "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("在职者", employed, null, null, "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("王五", TestAccounts.idNumber(), null, "销售部", "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("赵六", TestAccounts.idNumber(), null, null, "厨师", null, "2024-03-01"),
                RosterFiles.row(null, TestAccounts.idNumber(), null, null, "一般从业人员", null, "2024-03-01"),
                RosterFiles.row("孙七", TestAccounts.idNumber(), null, null, "特种作业人员", null, "2024-03-01"),
                Arrays.asList(null, null, null, null, null, null, null),
                RosterFiles.row("周八", valid2, 13912345678.0, "生产部/一车间", "特种作业人员", "低压电工作业",
                        LocalDate.of(2023, 7, 15))));

        long id = started(upload(admin, world, "名单.xlsx", file, RosterFiles.XLSX));
        JsonPath checked = awaitSettled(admin, world, id);

        assertEquals("VALIDATED", checked.getString("status"));
        assertEquals(9, checked.getInt("totalRows"));
        assertEquals(7, checked.getInt("errorRows"));
        assertEquals(2, checked.getInt("validRows"));
        JsonPath report = given().cookies(admin.cookies()).when().get(world.imports() + "/" + id + "/rows")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), report.getList("rows.row"));
        Map<Integer, String> codes = new java.util.TreeMap<>();
        for (Map<String, Object> row : report.<Map<String, Object>>getList("rows")) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> problems = (List<Map<String, String>>) row.get("problems");
            codes.put((Integer) row.get("row"), problems.stream().map(p -> p.get("code")).collect(Collectors.joining(",")));
        }
        assertEquals(Map.of(3, "idWrongCheckCharacter", 4, "duplicateInFile", 5, "alreadyEmployed", 6, "unknownDepartment",
                7, "unknownPostKind", 8, "required", 9, "operationRequired"), codes);
        assertEquals("与第 2 行的身份证号重复。", report.getString("rows[1].problems[0].message"));
        assertEquals("身份证号", report.getString("rows[0].problems[0].column"));
        assertEquals("李四", report.getString("rows[0].values.姓名"));

        commit(admin, world, id, false).then().statusCode(409).body("error", equalTo("importHasErrors"))
                .body("message", containsString("7 行有问题"));
        assertEquals(List.of("在职者"), currentNames(admin, world));

        commit(admin, world, id, true).then().statusCode(202);
        JsonPath done = awaitSettled(admin, world, id);
        assertEquals("IMPORTED", done.getString("status"));
        assertEquals(2, done.getInt("importedRows"));
        assertEquals(2, done.getInt("newPeople"));
        assertEquals(2, done.getInt("newAccounts"));
        assertEquals(List.of("周八", "张三", "在职者").stream().sorted().toList(),
                currentNames(admin, world).stream().sorted().toList());
        JsonPath zhou = given().cookies(admin.cookies()).queryParam("q", "周八").when().get(world.employees())
                .then().extract().jsonPath();
        assertEquals("生产部/一车间", zhou.getString("items[0].department"));
        assertEquals("LOW_VOLTAGE_ELECTRICIAN", zhou.getString("items[0].operation"));
        // the company's oldest post of that kind and operation is its standard post
        assertEquals("电工", zhou.getString("items[0].post"));
        assertEquals("2023-07-15", zhou.getString("items[0].startDate"));
        assertEquals("13912345678", zhou.getString("items[0].phone"));
        assertEquals("PENDING_ACTIVATION", zhou.getString("items[0].accountStatus"));
        commit(admin, world, id, true).then().statusCode(409).body("error", equalTo("importNotWaiting"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "UTF-8", "GBK", "UTF-16LE BOM"})
    void shouldReadCsvInTheEncodingsExcelWrites(String encoding) {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        List<List<Object>> rows = RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("欧阳修", TestAccounts.idNumber(), "13800138000", "生产部", "主要负责人", null, "2020/5/6"),
                RosterFiles.row("\"老\"王, 二", TestAccounts.idNumber(), null, null, "安全生产管理人员", null, "2021年1月2日"));
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> RosterFiles.csv(rows, StandardCharsets.UTF_8, true);
            case "UTF-8" -> RosterFiles.csv(rows, StandardCharsets.UTF_8, false);
            case "GBK" -> RosterFiles.csv(rows, Charset.forName("GBK"), false);
            default -> {
                // Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated
                String text = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v.toString().replace("\"老\"王, 二", "老王"))
                        .collect(Collectors.joining("\t"))).collect(Collectors.joining("\r\n"));
                byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
                byte[] withBom = new byte[body.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(body, 0, withBom, 2, body.length);
                yield withBom;
            }
        };

        long id = started(upload(admin, world, "名单.csv", bytes, "text/csv"));
        JsonPath checked = awaitSettled(admin, world, id);
        assertEquals("VALIDATED", checked.getString("status"), checked.prettify());
        assertEquals(0, checked.getInt("errorRows"));
        commit(admin, world, id, false).then().statusCode(202);
        assertEquals("IMPORTED", awaitSettled(admin, world, id).getString("status"));

        List<String> names = currentNames(admin, world);
        assertTrue(names.contains("欧阳修"), names.toString());
        assertTrue(names.contains(encoding.startsWith("UTF-16") ? "老王" : "\"老\"王, 二"), names.toString());
        if (!encoding.startsWith("UTF-16")) {
            assertEquals(encoding.equals("GBK") ? "GB18030" : "UTF-8", checked.getString("charset"));
        }
    }

    @Test
    void shouldSayWhenExcelStoredTheIdNumberAsANumber() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        // An 18-digit number as a double keeps ~16 digits; about one time in eleven the rounded
        // digits still form a valid ID number (and are rightly accepted), so pick one that does not.
        double asNumber;
        do {
            asNumber = Double.parseDouble(TestAccounts.idNumber().substring(0, 17) + "1");
        } while (org.anxue.org.IdentityNumber.problemOf(new java.math.BigDecimal(asNumber).toPlainString(),
                java.time.LocalDate.now()) == null);
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("钱九", asNumber, null, null, "GENERAL", null, "2024-01-01")));

        long id = started(upload(admin, world, "n.xlsx", file, RosterFiles.XLSX));
        awaitSettled(admin, world, id);

        given().cookies(admin.cookies()).header("Accept-Language", "en").when().get(world.imports() + "/" + id + "/rows")
                .then().body("rows[0].problems[0].code", equalTo("idStoredAsNumber"))
                .body("rows[0].problems[0].message", containsString("Format the column as Text"));
    }

    /** Files that cannot be imported at all: a clear 4xx at upload, and no import is created. */
    @ParameterizedTest
    @ValueSource(strings = {"png", "pdf", "empty", "truncated", "encrypted", "xls", "headerOnly", "noHeader",
            "missingColumn", "zipButNotWorkbook", "binaryCsv"})
    void shouldRefuseAFileThatIsNoUsableSpreadsheet(String kind) throws Exception {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] workbook = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("张三", TestAccounts.idNumber(), null, null, "GENERAL", null, "2024-01-01")));
        record Case(String file, byte[] content, int status, String error) {
        }
        Case c = switch (kind) {
            case "png" -> new Case("a.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                    415, "fileNotSpreadsheet");
            case "pdf" -> new Case("a.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), 415,
                    "fileNotSpreadsheet");
            case "empty" -> new Case("a.xlsx", new byte[0], 400, "fileEmpty");
            case "truncated" -> new Case("a.xlsx", Arrays.copyOf(workbook, workbook.length / 2), 400, "fileMalformed");
            case "encrypted" -> new Case("a.xlsx", RosterFiles.encrypted(workbook, "secret"), 400, "fileEncrypted");
            case "xls" -> new Case("a.xls", RosterFiles.xls(), 415, "fileOldExcel");
            case "headerOnly" -> new Case("a.xlsx", RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header())), 400, "fileNoRows");
            case "noHeader" -> new Case("a.csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8), 400, "fileNoHeader");
            case "missingColumn" -> new Case("a.csv", "姓名,岗位类别\n张三,GENERAL\n".getBytes(StandardCharsets.UTF_8), 400,
                    "fileMissingColumns");
            case "zipButNotWorkbook" -> new Case("a.xlsx", zipWith("word/document.xml", "<w:document/>"), 415,
                    "fileNotSpreadsheet");
            default -> new Case("a.csv", new byte[] {1, 2, 3, 0, 4, 5, 6, 0, 7, 8}, 415, "fileNotSpreadsheet");
        };

        upload(admin, world, c.file(), c.content(), "application/octet-stream")
                .then().statusCode(c.status()).body("error", equalTo(c.error()));
        given().cookies(admin.cookies()).when().get(world.imports()).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldExplainMissingColumnsAndTheExpectedHeaderInBothLanguages() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] csv = "姓名,身份证号\n张三,x\n".getBytes(StandardCharsets.UTF_8);

        upload(admin, world, "a.csv", csv, "text/csv").then().statusCode(400)
                .body("message", equalTo("缺少必需的列：入职日期、岗位类别。列名应为：姓名, 身份证号, 手机号, 部门, 岗位类别, 特种作业类别, 入职日期, 岗位。"));
        given().cookies(admin.cookies()).header(CsrfTokens.HEADER, admin.csrf()).header("Accept-Language", "en-GB")
                .multiPart("file", "a.csv", csv, "text/csv").when().post(world.imports())
                .then().statusCode(400).body("message", containsString("Required columns are missing: 入职日期、岗位类别."));
    }

    @Test
    void shouldRefuseAnUploadWithoutAFile() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        given().cookies(admin.cookies()).header(CsrfTokens.HEADER, admin.csrf()).multiPart("other", "x")
                .when().post(world.imports())
                .then().statusCode(400).body("error", equalTo("fileMissing"));
    }

    @Test
    void shouldImportNothingWhenTheRosterChangedBetweenTheCheckAndTheImport() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        String first = TestAccounts.idNumber();
        String second = TestAccounts.idNumber();
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("甲一", first, null, null, "GENERAL", null, "2024-01-01"),
                RosterFiles.row("乙二", second, null, null, "GENERAL", null, "2024-01-01")));
        long id = started(upload(admin, world, "n.xlsx", file, RosterFiles.XLSX));
        assertEquals("VALIDATED", awaitSettled(admin, world, id).getString("status"));
        // meanwhile the second person is added by hand
        EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("乙二", second, "GENERAL")).then().statusCode(201);

        commit(admin, world, id, false).then().statusCode(202);
        JsonPath failed = awaitSettled(admin, world, id);

        assertEquals("FAILED", failed.getString("status"));
        assertEquals("importAlreadyEmployed", failed.getString("failureCode"));
        assertEquals("检查之后名册发生了变化：第 3 行的人已在本企业在职。未导入任何数据，请重新上传。", failed.getString("failure"));
        assertEquals(List.of("乙二"), currentNames(admin, world));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Employment.count("person.idNumber", first)));
    }

    @Test
    void shouldLinkPeopleRegisteredElsewhereAndKeepTheirAccounts() {
        RosterWorld world = RosterWorld.create();
        String id = TestAccounts.idNumber();
        EmployeesTests.add(TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD), world.foreignCompanyId(),
                EmployeesTests.employee("郑一", id, "GENERAL")).then().statusCode(201);
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("郑一", id, null, null, "主要负责人", null, "2024-05-01")));

        long importId = started(upload(admin, world, "n.xlsx", file, RosterFiles.XLSX));
        awaitSettled(admin, world, importId);
        commit(admin, world, importId, false).then().statusCode(202);
        JsonPath done = awaitSettled(admin, world, importId);

        assertEquals("IMPORTED", done.getString("status"));
        assertEquals(0, done.getInt("newPeople"));
        assertEquals(0, done.getInt("newAccounts"));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Employment.count("person.idNumber", id)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                Account.count("person.idNumber = ?1 and role = ?2", id, Role.WORKER)));
    }

    @Test
    void shouldImportThreeThousandRowsInBatchesWithProgress() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(RosterFiles.header());
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (ids.size() < 3000) {
            ids.add(TestAccounts.idNumber());
        }
        int n = 0;
        for (String id : ids) {
            rows.add(RosterFiles.row("员工" + n++, id, null, n % 2 == 0 ? "生产部" : null, "一般从业人员", null, "2024-01-01"));
        }
        long id = started(upload(admin, world, "big.xlsx", RosterFiles.xlsx(rows), RosterFiles.XLSX));
        List<Integer> seen = new ArrayList<>();
        JsonPath imp;
        do {
            imp = given().cookies(admin.cookies()).when().get(world.imports() + "/" + id).then().extract().jsonPath();
            seen.add(imp.getInt("progress"));
            sleep(20);
        } while (imp.getString("status").equals("VALIDATING"));
        assertEquals("VALIDATED", imp.getString("status"));
        assertEquals(1000, imp.getInt("progress"));
        assertEquals(3000, imp.getInt("totalRows"));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }

        commit(admin, world, id, false).then().statusCode(202);
        JsonPath done = awaitSettled(admin, world, id);

        assertEquals("IMPORTED", done.getString("status"));
        assertEquals(3000, done.getInt("importedRows"));
        given().cookies(admin.cookies()).when().get(world.employees()).then().body("total", equalTo(3000));
        given().cookies(admin.cookies()).queryParam("departmentId", world.productionId()).when().get(world.employees())
                .then().body("total", equalTo(1500));
    }

    @Test
    void shouldDiscardACheckedImport() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("冯一", TestAccounts.idNumber(), null, null, "GENERAL", null, "2024-01-01")));
        long id = started(upload(admin, world, "n.xlsx", file, RosterFiles.XLSX));
        awaitSettled(admin, world, id);

        given().cookies(admin.cookies()).when().delete(world.imports() + "/" + id).then().statusCode(204);

        given().cookies(admin.cookies()).when().get(world.imports() + "/" + id).then().statusCode(404);
        commit(admin, world, id, false).then().statusCode(404);
        assertEquals(List.of(), currentNames(admin, world));
    }

    @Test
    void shouldServeATemplateWithTheCompanysDepartmentsThatImportsAsItIs() throws Exception {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] template = given().cookies(admin.cookies()).when().get(world.imports() + "/template")
                .then().statusCode(200).contentType(RosterFiles.XLSX).extract().asByteArray();

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            assertEquals("员工名单", data.getSheetName());
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("姓名", "身份证号", "手机号", "部门", "岗位类别", "特种作业类别", "入职日期", "岗位"), header);
            List<String> helpTexts = new ArrayList<>();
            workbook.getSheet("填写说明").forEach(row -> row.forEach(cell -> helpTexts.add(cell.toString())));
            assertTrue(helpTexts.containsAll(List.of("生产部/一车间", "电工", "低压电工作业", "一般从业人员")), helpTexts.toString());
            assertFalse(data.getDataValidations().isEmpty());
            Row row = data.createRow(1);
            row.createCell(0).setCellValue("模板测试");
            row.createCell(1).setCellValue(TestAccounts.idNumber());
            row.createCell(3).setCellValue("生产部/一车间");
            row.createCell(4).setCellValue("特种作业人员");
            row.createCell(5).setCellValue("低压电工作业");
            row.createCell(6).setCellValue("2022-02-02");
            row.createCell(7).setCellValue("电工");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        long id = started(upload(admin, world, "模板.xlsx", filled, RosterFiles.XLSX));
        JsonPath checked = awaitSettled(admin, world, id);
        assertEquals(0, checked.getInt("errorRows"), () -> given().cookies(admin.cookies())
                .get(world.imports() + "/" + id + "/rows").asString());
        commit(admin, world, id, false).then().statusCode(202);
        assertEquals("IMPORTED", awaitSettled(admin, world, id).getString("status"));
        given().cookies(admin.cookies()).when().get(world.employees())
                .then().body("items.post", hasItems("电工"));
    }

    private static byte[] zipWith(String entry, String content) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
