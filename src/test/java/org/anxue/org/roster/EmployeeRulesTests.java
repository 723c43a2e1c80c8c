package org.anxue.org.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.anxue.org.IdentityNumber;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.roster.CompanyDirectory.PostRef;
import org.anxue.org.roster.Problem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of one employee, without a database: a company with 生产部/一车间, 仓储部/一车间 and the post 电工. */
class EmployeeRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String ID = "11010519491231002X";

    private static final CompanyDirectory COMPANY = new CompanyDirectory(7,
            List.of(new Object[] {1L, null, "生产部"}, new Object[] {2L, 1L, "一车间"}, new Object[] {3L, null, "仓储部"},
                    new Object[] {4L, 3L, "一车间"}),
            List.of(new PostRef(10, "电工", PostKind.SPECIAL_OPERATION, SpecialOperation.LOW_VOLTAGE_ELECTRICIAN)));

    private static EmployeeRules.Checked check(String id, String department, String kind, String operation, String post,
            String start) {
        return EmployeeRules.check(new EmployeeDraft("张三", id, false, null, null, department, kind, operation, null, post,
                start), COMPANY, TODAY);
    }

    private static List<Code> codes(EmployeeRules.Checked checked) {
        return checked.problems().stream().map(Problem::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01", "2024/3/1", "2024.3.1", "20240301", "2024年3月1日", "２０２４－０３－０１", "2024-03-01 00:00:00"})
    void shouldReadTheDateFormatsPeopleUse(String text) {
        assertEquals(LocalDate.of(2024, 3, 1), check(ID, null, "GENERAL", null, null, text).startDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "1/3/2024", "yesterday", "2024-13-01"})
    void shouldRefuseWhatIsNoDate(String text) {
        assertEquals(List.of(Code.invalidDate), codes(check(ID, null, "GENERAL", null, null, text)));
    }

    @Test
    void shouldFoldFullWidthDigitsBlanksAndALowerCaseXInIdNumbers() {
        EmployeeRules.Checked checked = check(" １１０１０５ 19491231002x ", null, "GENERAL", null, null, "2024-01-01");

        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(new IdentityNumber(ID), checked.idNumber());
    }

    @Test
    void shouldReportAnIdNumberExcelTurnedIntoANumberAsSuch() {
        EmployeeRules.Checked checked = EmployeeRules.check(new EmployeeDraft("张三", "110105194912310000", true, null, null,
                null, "GENERAL", null, null, null, "2024-01-01"), COMPANY, TODAY);

        assertEquals(List.of(Code.idStoredAsNumber), codes(checked));
    }

    @Test
    void shouldNotLetSomeoneStartWorkBeforeSixteen() {
        assertEquals(List.of(Code.startBeforeSixteen), codes(check(ID, null, "GENERAL", null, null, "1965-12-30")));
        assertTrue(check(ID, null, "GENERAL", null, null, "1965-12-31").valid());
    }

    @ParameterizedTest
    @CsvSource({"生产部/一车间, 2", "生产部 ／ 一车间, 2", "仓储部/一车间, 4", "生产部, 1"})
    void shouldFindDepartmentsByPath(String text, long id) {
        assertEquals(id, check(ID, text, "GENERAL", null, null, "2024-01-01").department().id());
    }

    @Test
    void shouldAskForThePathWhenANameIsAmbiguous() {
        assertEquals(List.of(Code.ambiguousDepartment), codes(check(ID, "一车间", "GENERAL", null, null, "2024-01-01")));
        assertEquals(List.of(Code.unknownDepartment), codes(check(ID, "销售部", "GENERAL", null, null, "2024-01-01")));
    }

    @ParameterizedTest
    @CsvSource({"低压电工作业", "低压电工", "LOW_VOLTAGE_ELECTRICIAN", "low_voltage_electrician"})
    void shouldTakeAnOperationByNameShortNameOrCode(String text) {
        assertEquals(SpecialOperation.LOW_VOLTAGE_ELECTRICIAN, check(ID, null, "特种作业人员", text, null, "2024-01-01").operation());
    }

    @Test
    void shouldTakeTheKindAndOperationOfANamedPost() {
        EmployeeRules.Checked checked = check(ID, null, null, null, "电工", "2024-01-01");

        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(PostKind.SPECIAL_OPERATION, checked.kind());
        assertEquals(SpecialOperation.LOW_VOLTAGE_ELECTRICIAN, checked.operation());
        assertEquals(List.of(Code.postKindMismatch), codes(check(ID, null, "PRINCIPAL", null, "电工", "2024-01-01")));
        assertEquals(List.of(Code.postKindMismatch), codes(check(ID, null, "特种作业人员", "高压电工作业", "电工", "2024-01-01")));
    }
}
