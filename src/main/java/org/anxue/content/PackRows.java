package org.anxue.content;

import java.util.List;

/**
 * The rows of a pack's files as written (see content/README.md). Everything is text here; the
 * reader checks and converts it, so that a mistake is reported with its file and line.
 */
final class PackRows {

    private PackRows() {
    }

    record Manifest(String name, String description) {
    }

    record BureauRow(String code, String name, String level, String parent) {
    }

    record CompanyRow(String creditCode, String name, String industry, String riskTier, String bureau,
            String address, String contactPhone, String status, String scale, String productionProcessing,
            List<DepartmentRow> departments, List<PostRow> posts) {
    }

    record DepartmentRow(String name, String parent) {
    }

    record PostRow(String name, String kind, String operation) {
    }

    record InstitutionRow(String name, String licenceNumber, String creditCode, String bureau, String status,
            String address, String contactPhone) {
    }

    record PersonRow(String idNumber, String name, String phone, List<EmploymentRow> employments) {
    }

    record EmploymentRow(String company, String post, String department, String start, String end, String endReason) {
    }

    record AccountRow(String username, String password, String role, String displayName, String bureau,
            String company, String institution, String person) {
    }
}
