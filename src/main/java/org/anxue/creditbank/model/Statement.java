package org.anxue.creditbank.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A statement of training hours (学时证明) for a person, a period and a policy version.
 *
 * <p>Figures: {@code required} by the policy, of which {@code waived} was waived; online hours as
 * recorded ({@code onlineRecorded}, raw, including courses whose test failed), as earned by passed courses
 * ({@code onlineEarned}), the cap (required × online share), the part credited ({@code onlineCredited}, at
 * most the cap) and the part recorded but not credited; offline hours; recognised hours; the
 * {@code total} credited (online credited + offline + recognitions); the hours {@code missing}; whether an
 * exam was required and passed; the status. Reversed entries and their reversals count in no figure; they
 * are listed in {@code reversalsApplied}.
 *
 * <p>The {@code digest} is SHA-256 over the canonical encoding ({@link CanonicalEncoder}) of, in order: the
 * tag {@value #DIGEST_TAG}; person key; post kind; industry tier; period type, from, until, subject; policy
 * version; required, waived, online recorded, online earned, online cap, online credited, online not
 * credited, offline, recognitions, total, missing; exam required; exam passed; status; the number of
 * entries, then each entry's sequence and hash; the number of applied reversals, then each one's reversed
 * sequence, reversal sequence and reason; the review progress (absent, or operation type, review due,
 * required hours, credited hours, exam passed); the account head's sequence and hash; computed at.
 */
public record Statement(
        PersonKey person,
        PostKind post,
        IndustryTier tier,
        TrainingPeriod period,
        PolicyVersionRef policyVersion,
        Hours required,
        Hours waived,
        Hours onlineRecorded,
        Hours onlineEarned,
        Hours onlineCap,
        Hours onlineCredited,
        Hours onlineNotCredited,
        Hours offline,
        Hours recognitions,
        Hours total,
        Hours missing,
        boolean examRequired,
        boolean examPassed,
        Compliance status,
        List<LedgerEntry> entries,
        List<AppliedReversal> reversalsApplied,
        ReviewProgress reviewProgress,
        AccountHead accountHead,
        Instant computedAt,
        String digest) {

    public static final String DIGEST_TAG = "anxue.creditbank.statement/1";

    public Statement {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(accountHead, "accountHead");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(digest, "digest");
        entries = List.copyOf(entries);
        reversalsApplied = List.copyOf(reversalsApplied);
    }

    /** Hours credited toward the requirement after waivers: required − waived. */
    public Hours requiredAfterWaivers() {
        return required.minus(waived);
    }

    /** Whether the stored digest still matches the content (a stored statement was not altered). */
    public boolean isIntact() {
        return digest.equals(recomputeDigest());
    }

    public String recomputeDigest() {
        CanonicalEncoder out = new CanonicalEncoder(1024).text(DIGEST_TAG);
        out.text(person.value()).name(post).name(tier);
        out.name(period.type()).day(period.from()).day(period.until()).text(period.subject());
        out.text(policyVersion.canonical());
        out.hours(required).hours(waived).hours(onlineRecorded).hours(onlineEarned).hours(onlineCap)
                .hours(onlineCredited).hours(onlineNotCredited).hours(offline).hours(recognitions).hours(total)
                .hours(missing);
        out.bool(examRequired).bool(examPassed).name(status);
        out.number(entries.size());
        for (LedgerEntry entry : entries) {
            out.number(entry.sequence()).text(entry.hash());
        }
        out.number(reversalsApplied.size());
        for (AppliedReversal reversal : reversalsApplied) {
            out.number(reversal.reversedSequence()).number(reversal.reversalSequence()).text(reversal.reason());
        }
        if (reviewProgress == null) {
            out.absent();
        } else {
            out.text(reviewProgress.operationType()).day(reviewProgress.reviewDue())
                    .hours(reviewProgress.requiredHours()).hours(reviewProgress.creditedHours())
                    .bool(reviewProgress.examPassed());
        }
        out.number(accountHead.sequence()).text(accountHead.hash());
        out.instant(computedAt);
        return Sha256.hex(Sha256.of(out));
    }

    Statement withDigest(String newDigest) {
        return new Statement(person, post, tier, period, policyVersion, required, waived, onlineRecorded, onlineEarned,
                onlineCap, onlineCredited, onlineNotCredited, offline, recognitions, total, missing, examRequired,
                examPassed, status, entries, reversalsApplied, reviewProgress, accountHead, computedAt, newDigest);
    }
}
