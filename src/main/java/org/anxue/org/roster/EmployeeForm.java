package org.anxue.org.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The employee form as the page shows it: the values entered (kept when the form comes back with
 * problems) and each field's problem, by field name ({@link RosterField#json()}).
 */
public record EmployeeForm(String name, String idNumber, String phone, String departmentId, String postKind,
        String operation, String postId, String startDate, Map<String, String> errors) {

    public static EmployeeForm empty() {
        return new EmployeeForm("", "", "", "", "", "", "", "", Map.of());
    }

    static EmployeeForm of(EmployeeView e) {
        return new EmployeeForm(e.name(), e.idNumber(), e.phone() == null ? "" : e.phone(),
                e.departmentId() == null ? "" : e.departmentId().toString(), e.postKind().name(),
                e.operation() == null ? "" : e.operation().name(), Long.toString(e.postId()), e.startDate().toString(),
                Map.of());
    }

    EmployeeForm withErrors(List<Problem> problems, RosterText text, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Problem p : problems) {
            messages.merge(p.field().json(), text.problem(locale, p), (a, b) -> a + " " + b);
        }
        return new EmployeeForm(name, idNumber, phone, departmentId, postKind, operation, postId, startDate, messages);
    }

    EmployeeDraft draft() {
        return new EmployeeDraft(name, idNumber, false, phone, id(departmentId), null, postKind, operation, id(postId), null,
                startDate);
    }

    /** The problem of field {@code json} (e.g. "idNumber"), or null. */
    public String error(String json) {
        return errors.get(json);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean isDepartment(Long id) {
        return id != null && id.toString().equals(departmentId);
    }

    public boolean isPost(Long id) {
        return id != null && id.toString().equals(postId);
    }

    /** A select's value as an id: blank is none; anything else that is not a number is an id no company has. */
    private static Long id(String value) {
        String t = EmployeeRules.text(value);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
