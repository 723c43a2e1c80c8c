package org.anxue.org.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CellTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1"})
    void shouldPrefixTextThatASpreadsheetWouldTakeAsAFormula(String text) {
        assertEquals("'" + text, CellText.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "1+1", "a=b", " =1", "'=1", "生产部/一车间", "13800138000"})
    void shouldLeaveOtherTextAlone(String text) {
        assertEquals(text, CellText.neutralise(text));
    }

    @Test
    void shouldLeaveEmptyCellsEmpty() {
        assertEquals("", CellText.neutralise(""));
        assertNull(CellText.neutralise(null));
    }

    @Test
    void shouldQuoteCsvFieldsOnlyWhenNeeded() {
        assertEquals("张三", RosterExports.csvField("张三"));
        assertEquals("\"a,b\"", RosterExports.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RosterExports.csvField("say \"hi\""));
        assertEquals("\"two\r\nlines\"", RosterExports.csvField("two\r\nlines"));
    }
}
