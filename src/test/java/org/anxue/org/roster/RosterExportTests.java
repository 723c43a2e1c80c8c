package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class RosterExportTests {

    private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+2", "-2+3",
            "@SUM(A1:A9)");

    /** Our company with one harmless employee and one per dangerous name, one of them with a phone starting with +. */
    private static RosterWorld plant(List<String> idNumbers) {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        List<String> names = new ArrayList<>(DANGEROUS);
        names.add(0, "正常, 名字");
        for (String name : names) {
            String id = TestAccounts.idNumber();
            idNumbers.add(id);
            Map<String, Object> body = EmployeesTests.employee(name, id, "GENERAL");
            if (name.startsWith("+")) {
                body.put("phone", "+8613800138000");
            }
            body.put("departmentId", world.workshopId());
            EmployeesTests.add(admin, world.companyId(), body).then().statusCode(201);
        }
        return world;
    }

    /** The rows of a CSV export, read back with the importer's own CSV reader. */
    private static List<List<String>> readCsv(byte[] csv) throws Exception {
        Path file = Files.createTempFile("export", ".csv");
        try {
            Files.write(file, csv);
            List<List<String>> rows = new ArrayList<>();
            try (CsvRowSource source = CsvRowSource.open(file)) {
                source.read(row -> rows.add(row.cells()));
            }
            return rows;
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void shouldExportCsvInUtf8WithABomAndNeutraliseCellsThatCouldBeFormulas() throws Exception {
        List<String> ids = new ArrayList<>();
        RosterWorld world = plant(ids);
        TestAccounts.Browser admin = world.signInAdmin();

        Response response = given().cookies(admin.cookies()).queryParam("format", "csv").when().get(world.employees() + "/export");

        response.then().statusCode(200).contentType("text/csv");
        assertTrue(response.header("Content-Disposition").contains("filename*=UTF-8''%E5%91%98%E5%B7%A5%E5%90%8D%E5%86%8C"),
                response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("姓名,身份证号,手机号,部门,岗位类别,特种作业类别,入职日期,岗位,"), text);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends");
        List<List<String>> rows = readCsv(bytes);
        assertEquals(6, rows.size());
        Map<String, List<String>> byId = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byId.put(r.get(1), r));
        assertEquals("正常, 名字", byId.get(ids.get(0)).get(0));
        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertEquals("'" + DANGEROUS.get(i), byId.get(ids.get(i + 1)).get(0));
        }
        assertEquals("'+8613800138000", byId.get(ids.get(2)).get(2));
        assertEquals("生产部/一车间", byId.get(ids.get(0)).get(3));
        assertEquals("2024-03-01", byId.get(ids.get(0)).get(6));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "unsafe cell " + cell);
            }
        }
    }

    @Test
    void shouldExportXlsxWithTextCellsNoFormulasAndTheFullIdNumbers() throws Exception {
        List<String> ids = new ArrayList<>();
        RosterWorld world = plant(ids);
        TestAccounts.Browser admin = world.signInAdmin();

        byte[] xlsx = given().cookies(admin.cookies()).when().get(world.employees() + "/export")
                .then().statusCode(200).contentType(RosterFiles.XLSX).extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(6, sheet.getPhysicalNumberOfRows());
            Map<String, Row> byId = new HashMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "a formula cell at " + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING) {
                        String v = cell.getStringCellValue();
                        assertTrue(v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0, "unsafe cell " + v);
                    }
                }
                if (row.getRowNum() > 0) {
                    assertEquals(CellType.STRING, row.getCell(1).getCellType(), "ID numbers are text");
                    byId.put(row.getCell(1).getStringCellValue(), row);
                }
            }
            assertEquals(ids.stream().sorted().toList(), byId.keySet().stream().sorted().toList());
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"点我\")", byId.get(ids.get(1)).getCell(0).getStringCellValue());
            Cell start = byId.get(ids.get(0)).getCell(6);
            assertTrue(DateUtil.isCellDateFormatted(start));
            assertEquals("2024-03-01", start.getLocalDateTimeCellValue().toLocalDate().toString());
        }
    }

    @Test
    void shouldExportOnlyWhatTheFiltersSelect() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        long left = EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("离职者", TestAccounts.idNumber(), "GENERAL"))
                .then().statusCode(201).extract().jsonPath().getLong("employee.id");
        EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("在职者", TestAccounts.idNumber(), "PRINCIPAL"))
                .then().statusCode(201);
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body(Map.of("endDate", "2024-05-01"))
                .when().post(world.employees() + "/" + left + "/end").then().statusCode(200);

        String current = given().cookies(admin.cookies()).queryParam("format", "csv").when().get(world.employees() + "/export").asString();
        String former = given().cookies(admin.cookies()).queryParam("format", "csv").queryParam("status", "former")
                .when().get(world.employees() + "/export").asString();

        assertTrue(current.contains("在职者") && !current.contains("离职者"), current);
        assertTrue(former.contains("离职者") && !former.contains("在职者") && former.contains("2024-05-01"), former);
        given().cookies(admin.cookies()).queryParam("format", "pdf").when().get(world.employees() + "/export")
                .then().statusCode(400);
    }
}
