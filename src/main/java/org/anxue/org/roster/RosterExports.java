package org.anxue.org.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.anxue.org.Company;
import org.anxue.org.Gender;
import org.anxue.security.AccountStatus;
import org.anxue.web.AppException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports a roster as .xlsx (streamed with SXSSF: only a window of rows is in memory) or as .csv
 * (UTF-8 with a byte order mark, so that Excel reads the Chinese, CRLF line ends). The columns
 * start with the import template's, so an export can be edited and imported elsewhere. Every
 * text cell goes through {@link CellText#neutralise}; ID and phone numbers stay text, never numbers.
 */
@ApplicationScoped
public class RosterExports {

    /** The file formats. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv; charset=UTF-8");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        static Format of(String text) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return format;
                }
            }
            throw new AppException(Response.Status.BAD_REQUEST, "roster:unknownExportFormat", EmployeeRules.clip(String.valueOf(text)));
        }
    }

    /** The exported columns, as headers. */
    static final List<String> HEADERS = List.of(RosterField.NAME.column(), RosterField.ID_NUMBER.column(),
            RosterField.PHONE.column(), RosterField.DEPARTMENT.column(), RosterField.POST_KIND.column(),
            RosterField.OPERATION.column(), RosterField.START_DATE.column(), RosterField.POST.column(), "性别", "出生日期",
            RosterField.END_DATE.column(), RosterField.END_REASON.column(), "在职状态", "学员账号");

    @Inject
    Employees employees;

    /** The response that streams the export of {@code company}'s employees matching {@code filter}. */
    public Response export(Company company, Employees.Filter filter, Format format) {
        long companyId = company.id;
        String fileName = "员工名册-" + company.name + "-" + LocalDate.now(Employees.CHINA) + "." + format.extension;
        String asciiName = "roster-" + companyId + "-" + LocalDate.now(Employees.CHINA) + "." + format.extension;
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> {
            Company c = Company.findById(companyId);
            try (Stream<EmployeeView> rows = employees.stream(c, filter)) {
                if (format == Format.XLSX) {
                    writeXlsx(rows, out);
                } else {
                    writeCsv(rows, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Writes {@code rows} as an .xlsx workbook with one sheet. */
    static void writeXlsx(Stream<EmployeeView> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("员工名册");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 1 ? 22 : i == 3 || i == 5 ? 20 : 14) * 256);
            }
            sheet.setDefaultColumnStyle(1, text);
            sheet.setDefaultColumnStyle(2, text);
            sheet.createFreezePane(0, 1);
            int[] rowIndex = {1};
            rows.forEach(view -> {
                Row row = sheet.createRow(rowIndex[0]++);
                List<Object> values = values(view);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(CellText.neutralise(value.toString()));
                        cell.setCellStyle(text);
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Writes {@code rows} as CSV: UTF-8 with a byte order mark, quoted where needed, CRLF. */
    static void writeCsv(Stream<EmployeeView> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        writeCsvLine(writer, HEADERS.stream().map(h -> (Object) h).toList());
        rows.forEach(checked(view -> writeCsvLine(writer, values(view))));
        writer.flush();
    }

    /** The cell values of one row: text, dates, or null for an empty cell. */
    static List<Object> values(EmployeeView v) {
        return java.util.Arrays.asList(v.name(), v.idNumber(), v.phone(), v.department(), v.postKindLabel(),
                v.operationLabel(), v.startDate(), v.post(), v.gender() == Gender.MALE ? "男" : "女", v.birthDate(),
                v.endDate(), v.endReason(), v.current() ? "在职" : "离职", accountText(v.accountStatus()));
    }

    private static String accountText(AccountStatus status) {
        if (status == null) {
            return "无";
        }
        return switch (status) {
            case PENDING_ACTIVATION -> "待激活";
            case ACTIVE -> "已激活";
            case DISABLED -> "已停用";
        };
    }

    private static void writeCsvLine(Writer writer, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = values.get(i);
            if (value != null) {
                writer.write(csvField(value instanceof LocalDate d ? d.toString() : CellText.neutralise(value.toString())));
            }
        }
        writer.write("\r\n");
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private static <T> Consumer<T> checked(IoConsumer<T> consumer) {
        return t -> {
            try {
                consumer.accept(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
