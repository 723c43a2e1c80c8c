package org.anxue.org.roster;

import java.util.List;

/**
 * What is wrong with one field of an employee (a form field or a cell of an import row). The
 * message is {@code roster:<code>} with {@code args}, in the reader's language; it does not repeat
 * the field's name, which forms show next to the field and reports in their own column.
 */
public record Problem(RosterField field, Code code, List<String> args) {

    /** Message keys of the roster bundle ({@link RosterMessages}). */
    public enum Code {
        required, tooLong, idEmpty, idWrongLength, idNotDigits, idUnknownRegion, idImpossibleBirthDate,
        idWrongCheckCharacter, idStoredAsNumber, nameMismatch, nameLocked, alreadyEmployed, duplicateInFile,
        unknownDepartment, ambiguousDepartment, unknownPostKind, operationRequired, unknownOperation,
        operationNotAllowed, unknownPost, postKindMismatch, invalidDate, startBeforeSixteen, startTooLate,
        endBeforeStart, endTooLate, invalidPhone
    }

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(RosterField field, Code code, Object... args) {
        return new Problem(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The bundle key, {@code roster:<code>}. */
    public String messageKey() {
        return "roster:" + code.name();
    }
}
