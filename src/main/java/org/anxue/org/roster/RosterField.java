package org.anxue.org.roster;

import io.quarkus.qute.TemplateEnum;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of an employee as forms, the API and spreadsheets name them. {@link #column()} is
 * the Chinese column header of import files, templates and exports; {@link #json()} the JSON
 * property and form field.
 */
@TemplateEnum
public enum RosterField {
    NAME("姓名", "name", List.of("姓名", "员工姓名", "name")),
    ID_NUMBER("身份证号", "idNumber", List.of("身份证号", "身份证号码", "公民身份号码", "居民身份证号", "id number", "idnumber")),
    PHONE("手机号", "phone", List.of("手机号", "手机号码", "手机", "联系电话", "电话", "phone")),
    DEPARTMENT("部门", "departmentId", List.of("部门", "部门名称", "所在部门", "department")),
    POST_KIND("岗位类别", "postKind", List.of("岗位类别", "人员类别", "post kind", "postkind")),
    OPERATION("特种作业类别", "operation", List.of("特种作业类别", "特种作业类型", "作业类别", "special operation", "operation")),
    POST("岗位", "postId", List.of("岗位", "岗位名称", "职务", "post")),
    START_DATE("入职日期", "startDate", List.of("入职日期", "入职时间", "start date", "startdate")),
    END_DATE("离职日期", "endDate", List.of("离职日期")),
    END_REASON("离职原因", "endReason", List.of("离职原因"));

    /** The columns an import file must have. 岗位类别 may be left out when 岗位 names existing posts. */
    public static final List<RosterField> REQUIRED_COLUMNS = List.of(NAME, ID_NUMBER, START_DATE);

    /** The columns an import reads, in the template's order. */
    public static final List<RosterField> IMPORT_COLUMNS = List.of(NAME, ID_NUMBER, PHONE, DEPARTMENT, POST_KIND, OPERATION,
            START_DATE, POST);

    private final String column;
    private final String json;
    private final List<String> headers;

    RosterField(String column, String json, List<String> headers) {
        this.column = column;
        this.json = json;
        this.headers = headers;
    }

    /** The Chinese column header, as in the template. */
    public String column() {
        return column;
    }

    /** The JSON property (and form field) name. */
    public String json() {
        return json;
    }

    /** The import column a header cell names, if any: 身份证号码 and "ID number" both name ID_NUMBER. */
    public static Optional<RosterField> forHeader(String header) {
        String wanted = normalizeHeader(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (RosterField field : IMPORT_COLUMNS) {
            for (String name : field.headers) {
                if (normalizeHeader(name).equals(wanted)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    /** Width-folded, without blanks, a trailing required-marker or the (说明) after a header, lower-case. */
    static String normalizeHeader(String header) {
        if (header == null) {
            return "";
        }
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        h = h.replaceAll("\\(.*\\)$", "");
        while (h.endsWith("*")) {
            h = h.substring(0, h.length() - 1);
        }
        while (h.startsWith("*")) {
            h = h.substring(1);
        }
        return h;
    }
}
