package org.anxue.org.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests: workbooks and CSV text built from rows of cells. */
final class RosterFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("姓名", "身份证号", "手机号", "部门", "岗位类别", "特种作业类别", "入职日期");

    private RosterFiles() {
    }

    /**
     * An .xlsx workbook whose first sheet holds {@code rows}. A cell is text, except a
     * {@link Double} (a number cell) and a {@link LocalDate} (a date-formatted number, as Excel
     * stores dates).
     */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("员工名单");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text of {@code rows} (cells quoted when needed), CRLF line ends. */
    static String csv(List<List<Object>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                Object v = row.get(c);
                text.append(v == null ? "" : RosterExports.csvField(v.toString()));
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    static byte[] csv(List<List<Object>> rows, Charset charset, boolean bom) {
        byte[] body = csv(rows).getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** {@code workbook} as Excel stores it when a password is set to open it (agile encryption in OLE2). */
    static byte[] encrypted(byte[] workbook, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97-2003 (.xls) workbook with one cell. */
    static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("员工名单").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    static List<List<Object>> rows(List<Object>... rows) {
        return List.of(rows);
    }

    /** A data row in the order of {@link #HEADER}. */
    static List<Object> row(Object name, Object idNumber, Object phone, Object department, Object kind, Object operation,
            Object start) {
        return java.util.Arrays.asList(name, idNumber, phone, department, kind, operation, start);
    }

    static List<Object> header() {
        return List.copyOf(HEADER);
    }
}
