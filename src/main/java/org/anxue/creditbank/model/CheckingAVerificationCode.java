package org.anxue.creditbank.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What anyone (an inspector, an employer) learns from a verification code, without logging in: whether a
 * statement with that code was issued, whether it is authentic, and whether it is current, superseded or
 * revoked; with no more of it than needed (the ID number masked, the totals, the status).
 *
 * <p>Authentic means the stored statement still matches its digest and, when the checker presents the
 * digest printed on their copy, that digest is the stored one (a copy with altered figures fails).
 */
public final class CheckingAVerificationCode {

    /** The public face of a statement. */
    public record PublicStatement(String maskedPerson, PostKind post, IndustryTier tier, TrainingPeriod period,
                                  PolicyVersionRef policyVersion, Hours required, Hours total, Hours missing,
                                  Compliance compliance, Instant issuedAt, String digest) {
    }

    public sealed interface CodeCheck {
        /** Not a code at all (a typing mistake, caught by the check characters). */
        record Malformed() implements CodeCheck { }

        /** A well-formed code that no statement was issued with. */
        record Unknown() implements CodeCheck { }

        record Found(IssuanceStatus status, boolean authentic, PublicStatement statement) implements CodeCheck { }
    }

    private final IssuedStatements issued;

    public CheckingAVerificationCode(IssuedStatements issued) {
        this.issued = issued;
    }

    public CodeCheck check(String typedCode) {
        return check(typedCode, null);
    }

    /** @param presentedDigest the digest printed on the copy being checked, or {@code null} */
    public CodeCheck check(String typedCode, String presentedDigest) {
        Optional<VerificationCode> code = VerificationCode.parse(typedCode);
        if (code.isEmpty()) {
            return new CodeCheck.Malformed();
        }
        Optional<IssuedStatement> found = issued.byCode(code.get());
        if (found.isEmpty()) {
            return new CodeCheck.Unknown();
        }
        IssuedStatement statement = found.get();
        Statement content = statement.statement();
        boolean authentic = content.isIntact() && (presentedDigest == null || presentedDigest.equals(content.digest()));
        return new CodeCheck.Found(statement.status(), authentic, new PublicStatement(content.person().masked(),
                content.post(), content.tier(), content.period(), content.policyVersion(), content.requiredAfterWaivers(),
                content.total(), content.missing(), content.status(), statement.issuedAt(), content.digest()));
    }
}
