package org.anxue.org.roster;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.anxue.org.Employment;
import org.anxue.org.Gender;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.security.AccountStatus;

/**
 * One employment of the roster as pages and the API show it: the person, where they work and
 * since when, and their worker account's state (null when they have none).
 */
public record EmployeeView(long id, long personId, String name, String idNumber, Gender gender, LocalDate birthDate,
        String phone, Long departmentId, String department, long postId, String post, PostKind postKind,
        SpecialOperation operation, LocalDate startDate, LocalDate endDate, String endReason, boolean current,
        AccountStatus accountStatus) {

    static EmployeeView of(Employment e, String departmentPath, AccountStatus accountStatus) {
        return new EmployeeView(e.id, e.person.id, e.person.name, e.person.idNumber, e.person.gender,
                e.person.birthDate, e.person.phone, e.department == null ? null : e.department.id, departmentPath,
                e.post.id, e.post.name, e.postKind, e.operation, e.startDate, e.endDate, e.endReason, e.isOpen(),
                accountStatus);
    }

    @JsonProperty
    public String postKindLabel() {
        return postKind.label();
    }

    @JsonProperty
    public String operationLabel() {
        return operation == null ? null : operation.label();
    }

    /** The ID number with birth date and sequence hidden, for lists: 331002********0036. */
    public String maskedIdNumber() {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
