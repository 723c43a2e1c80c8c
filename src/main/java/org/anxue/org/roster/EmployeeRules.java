package org.anxue.org.roster;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Labelled;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.roster.CompanyDirectory.Dept;
import org.anxue.org.roster.CompanyDirectory.DeptLookup;
import org.anxue.org.roster.CompanyDirectory.PostRef;
import org.anxue.org.roster.Problem.Code;

/**
 * The checks every new or changed employee passes, whether typed into the form, sent as JSON or
 * read from a row of an import file: each field on its own and against the company's departments
 * and posts. What needs the database beyond that (the same person already employed here, a name
 * that differs from the one registered for the ID number) is checked by the caller.
 */
public final class EmployeeRules {

    /** Longest name the person table holds. */
    static final int NAME_MAX = 50;
    /** Longest phone number the person table holds. */
    static final int PHONE_MAX = 20;
    /** Youngest age at which one may start work (劳动法: 16). */
    static final int MIN_WORKING_AGE = 16;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** Special operations by their folded name, and by that name without 作业 (低压电工). */
    private static final java.util.Map<String, SpecialOperation> OPERATIONS = new java.util.HashMap<>();

    static {
        for (SpecialOperation op : SpecialOperation.values()) {
            String label = fold(op.label());
            OPERATIONS.put(label, op);
            OPERATIONS.put(op.name(), op);
            if (label.endsWith("作业")) {
                OPERATIONS.put(label.substring(0, label.length() - 2), op);
            }
        }
    }

    /** An employee whose fields all passed, resolved against the company; or the problems found. */
    public record Checked(List<Problem> problems, String name, IdentityNumber idNumber, String phone, Dept department,
            PostRef post, PostKind kind, SpecialOperation operation, LocalDate startDate) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private EmployeeRules() {
    }

    public static Checked check(EmployeeDraft draft, CompanyDirectory directory, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        String name = text(draft.name());
        if (name == null) {
            problems.add(Problem.of(RosterField.NAME, Code.required));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of(RosterField.NAME, Code.tooLong, NAME_MAX));
        }

        IdentityNumber idNumber = null;
        String id = normalizeIdNumber(draft.idNumber());
        IdentityNumber.Problem idProblem = IdentityNumber.problemOf(id, today);
        if (idProblem == null) {
            idNumber = new IdentityNumber(id);
        } else if (idProblem == IdentityNumber.Problem.EMPTY) {
            problems.add(Problem.of(RosterField.ID_NUMBER, Code.required));
        } else if (draft.idNumberNumeric()) {
            problems.add(Problem.of(RosterField.ID_NUMBER, Code.idStoredAsNumber));
        } else {
            problems.add(Problem.of(RosterField.ID_NUMBER, codeOf(idProblem)));
        }

        String phone = normalizePhone(draft.phone());
        if (phone != null && (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches() || digits(phone) < 7)) {
            problems.add(Problem.of(RosterField.PHONE, Code.invalidPhone, clip(phone)));
        }

        Dept department = null;
        if (draft.departmentId() != null) {
            department = directory.department(draft.departmentId()).orElse(null);
            if (department == null) {
                problems.add(Problem.of(RosterField.DEPARTMENT, Code.unknownDepartment, "#" + draft.departmentId()));
            }
        } else if (text(draft.departmentText()) != null) {
            String wanted = text(draft.departmentText());
            DeptLookup lookup = directory.findDepartment(wanted);
            if (lookup instanceof DeptLookup.Found found) {
                department = found.dept();
            } else if (lookup instanceof DeptLookup.Ambiguous) {
                problems.add(Problem.of(RosterField.DEPARTMENT, Code.ambiguousDepartment, clip(wanted)));
            } else {
                problems.add(Problem.of(RosterField.DEPARTMENT, Code.unknownDepartment, clip(wanted)));
            }
        }

        PostRef post = null;
        boolean postProblem = false;
        if (draft.postId() != null) {
            post = directory.post(draft.postId()).orElse(null);
            if (post == null) {
                problems.add(Problem.of(RosterField.POST, Code.unknownPost, "#" + draft.postId()));
                postProblem = true;
            }
        } else if (text(draft.postText()) != null) {
            String wanted = text(draft.postText());
            post = directory.postNamed(wanted).orElse(null);
            if (post == null) {
                problems.add(Problem.of(RosterField.POST, Code.unknownPost, clip(wanted)));
                postProblem = true;
            }
        }

        PostKind kind = null;
        boolean kindProblem = false;
        String kindText = text(draft.postKind());
        if (kindText != null) {
            kind = postKind(kindText).orElse(null);
            if (kind == null) {
                problems.add(Problem.of(RosterField.POST_KIND, Code.unknownPostKind, clip(kindText)));
                kindProblem = true;
            }
        } else if (post != null) {
            kind = post.kind();
        } else if (!postProblem) {
            problems.add(Problem.of(RosterField.POST_KIND, Code.required));
            kindProblem = true;
        }

        SpecialOperation operation = null;
        String operationText = text(draft.operation());
        if (operationText != null) {
            operation = operation(operationText).orElse(null);
            if (operation == null) {
                problems.add(Problem.of(RosterField.OPERATION, Code.unknownOperation, clip(operationText)));
            } else if (kind != null && kind != PostKind.SPECIAL_OPERATION) {
                problems.add(Problem.of(RosterField.OPERATION, Code.operationNotAllowed));
                operation = null;
            }
        } else if (kind == PostKind.SPECIAL_OPERATION) {
            if (post != null && post.kind() == PostKind.SPECIAL_OPERATION) {
                operation = post.operation();
            } else {
                problems.add(Problem.of(RosterField.OPERATION, Code.operationRequired));
            }
        }

        if (post != null && kind != null && !kindProblem
                && (post.kind() != kind || (operation != null && post.operation() != operation))) {
            problems.add(Problem.of(RosterField.POST, Code.postKindMismatch, post.name(),
                    post.operation() == null ? post.kind().label() : post.operation().label()));
        }

        LocalDate startDate = null;
        String startText = text(draft.startDate());
        if (startText == null) {
            problems.add(Problem.of(RosterField.START_DATE, Code.required));
        } else {
            startDate = Dates.parse(startText).orElse(null);
            if (startDate == null) {
                problems.add(Problem.of(RosterField.START_DATE, Code.invalidDate, clip(startText)));
            } else if (startDate.isAfter(today.plusYears(1))) {
                problems.add(Problem.of(RosterField.START_DATE, Code.startTooLate));
            } else if (idNumber != null && startDate.isBefore(idNumber.birthDate().plusYears(MIN_WORKING_AGE))) {
                problems.add(Problem.of(RosterField.START_DATE, Code.startBeforeSixteen,
                        idNumber.birthDate().plusYears(MIN_WORKING_AGE)));
            }
        }

        return new Checked(List.copyOf(problems), name, idNumber, phone, department, post, kind, operation, startDate);
    }

    /** The message code for an ID number problem. */
    static Code codeOf(IdentityNumber.Problem problem) {
        return switch (problem) {
            case EMPTY -> Code.idEmpty;
            case WRONG_LENGTH -> Code.idWrongLength;
            case NOT_DIGITS -> Code.idNotDigits;
            case UNKNOWN_REGION -> Code.idUnknownRegion;
            case IMPOSSIBLE_BIRTH_DATE -> Code.idImpossibleBirthDate;
            case WRONG_CHECK_CHARACTER -> Code.idWrongCheckCharacter;
        };
    }

    /** Full-width digits and letters folded, blanks dropped, x taken as X. Null stays null. */
    static String normalizeIdNumber(String raw) {
        if (raw == null) {
            return null;
        }
        return fold(raw).toUpperCase(Locale.ROOT);
    }

    static String normalizePhone(String raw) {
        String t = text(raw);
        return t == null ? null : Normalizer.normalize(t, Normalizer.Form.NFKC).strip();
    }

    /** A post kind by code (SAFETY_MANAGER) or name (安全生产管理人员). */
    static Optional<PostKind> postKind(String text) {
        return Labelled.find(PostKind.class, fold(text));
    }

    /** A special operation by code, by name (低压电工作业) or by the name without 作业 (低压电工). */
    static Optional<SpecialOperation> operation(String text) {
        return Optional.ofNullable(OPERATIONS.get(fold(text).toUpperCase(Locale.ROOT)))
                .or(() -> Optional.ofNullable(OPERATIONS.get(fold(text))));
    }

    /**
     * Text as compared: full-width forms folded (NFKC: "３３１" is "331", "／" is "/") and every
     * blank dropped. Plain ASCII without blanks, the usual case, is returned as it is.
     */
    static String fold(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c > ' ' && c < 0x7f;
        }
        if (plain) {
            return text;
        }
        return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Stripped text, or null when blank. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    /** Text quoted back in a message, cut to a readable length. */
    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static int digits(String phone) {
        int n = 0;
        for (int i = 0; i < phone.length(); i++) {
            if (Character.isDigit(phone.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
