package org.anxue.org.roster;

/**
 * An employee as someone entered them, before any check: a form, a JSON request or one row of an
 * import file. Departments and posts come as an id (forms, JSON) or as text (files).
 *
 * @param idNumberNumeric the ID number came from a spreadsheet cell holding a number, not text
 *                        (Excel keeps only 15 significant digits of a number)
 */
public record EmployeeDraft(String name, String idNumber, boolean idNumberNumeric, String phone,
        Long departmentId, String departmentText, String postKind, String operation,
        Long postId, String postText, String startDate) {
}
