package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.anxue.creditbank.model.CheckingAVerificationCode.CodeCheck;
import org.junit.jupiter.api.Test;

class StatementVerificationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private final CreditBank bank = new CreditBank(DAY);
    private final InMemoryIssuedStatements issued = new InMemoryIssuedStatements();
    private final IssuingAStatement issuing = new IssuingAStatement(issued, new SecureRandom(), bank.clock);
    private final CheckingAVerificationCode checking = new CheckingAVerificationCode(issued);

    @Test
    void shouldVerifyAnIssuedStatementByItsCodeShowingNoMoreThanNeeded() {
        posted(bank.offline(WANG, DAY, "12"));
        IssuedStatement statement = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        CodeCheck check = checking.check(statement.code().display());

        assertThat(check).isInstanceOf(CodeCheck.Found.class);
        CodeCheck.Found found = (CodeCheck.Found) check;
        assertThat(found.status()).isEqualTo(IssuanceStatus.CURRENT);
        assertThat(found.authentic()).isTrue();
        assertThat(found.statement().maskedPerson()).isEqualTo("330***********1234");
        assertThat(found.statement().compliance()).isEqualTo(Compliance.MET);
        assertThat(found.statement().total()).isEqualTo(Hours.of(12));
        assertThat(found.statement().policyVersion()).isEqualTo(CreditBank.cityDefaults().ref());
    }

    @Test
    void shouldNotVerifyAForgedCode() {
        posted(bank.offline(WANG, DAY, "12"));
        issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        assertThat(checking.check("ABCDEF-GHJKMN-PQRSTV")).isInstanceOf(CodeCheck.Malformed.class);
        assertThat(checking.check(VerificationCode.random(new SecureRandom()).display())).isInstanceOf(CodeCheck.Unknown.class);
    }

    @Test
    void shouldShowAStatementAsSupersededOnceANewerOneIsIssued() {
        posted(bank.offline(WANG, DAY, "6"));
        IssuedStatement first = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");
        posted(bank.offline(WANG, DAY, "6"));
        IssuedStatement second = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        CodeCheck.Found old = (CodeCheck.Found) checking.check(first.code().value());
        CodeCheck.Found current = (CodeCheck.Found) checking.check(second.code().value());

        assertThat(old.status()).isEqualTo(IssuanceStatus.SUPERSEDED);
        assertThat(old.authentic()).as("it was true when issued").isTrue();
        assertThat(old.statement().compliance()).isEqualTo(Compliance.NOT_MET);
        assertThat(issued.byCode(first.code()).orElseThrow().supersededBy()).isEqualTo(second.code());
        assertThat(current.status()).isEqualTo(IssuanceStatus.CURRENT);
        assertThat(current.statement().compliance()).isEqualTo(Compliance.MET);
    }

    @Test
    void shouldNotSupersedeAStatementOfAnotherPeriod() {
        posted(bank.offline(WANG, LocalDate.of(2025, 5, 1), "12"));
        IssuedStatement of2025 = issuing.issue(bank.refresherStatement(WANG, 2025), "worker:wang");
        issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        assertThat(issued.byCode(of2025.code()).orElseThrow().status()).isEqualTo(IssuanceStatus.CURRENT);
    }

    @Test
    void shouldShowARevokedStatementAsRevoked() {
        posted(bank.offline(WANG, DAY, "12"));
        IssuedStatement statement = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        new RevokingAStatement(issued, bank.clock).revoke(statement.code(), "the roster was forged", "officer-zhao");

        assertThat(((CodeCheck.Found) checking.check(statement.code().value())).status()).isEqualTo(IssuanceStatus.REVOKED);
        assertThatThrownBy(() -> new RevokingAStatement(issued, bank.clock).revoke(statement.code(), "again", "officer-zhao"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already revoked");
    }

    @Test
    void shouldRequireAReasonToRevoke() {
        posted(bank.offline(WANG, DAY, "12"));
        IssuedStatement statement = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        assertThatThrownBy(() -> new RevokingAStatement(issued, bank.clock).revoke(statement.code(), " ", "officer-zhao"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("a reason is required");
    }

    @Test
    void shouldNotAuthenticateACopyWhoseDigestDiffers() {
        posted(bank.offline(WANG, DAY, "12"));
        IssuedStatement statement = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");

        CodeCheck.Found genuine = (CodeCheck.Found) checking.check(statement.code().value(), statement.statement().digest());
        CodeCheck.Found altered = (CodeCheck.Found) checking.check(statement.code().value(), "0".repeat(64));

        assertThat(genuine.authentic()).isTrue();
        assertThat(altered.authentic()).isFalse();
    }

    @Test
    void shouldNotAuthenticateAStoredStatementAlteredInTheDatabase() {
        posted(bank.offline(WANG, DAY, "6"));
        IssuedStatement statement = issuing.issue(bank.refresherStatement(WANG, 2026), "worker:wang");
        Statement s = statement.statement();
        Statement altered = new Statement(s.person(), s.post(), s.tier(), s.period(), s.policyVersion(), s.required(),
                s.waived(), s.onlineRecorded(), s.onlineEarned(), s.onlineCap(), s.onlineCredited(), s.onlineNotCredited(),
                Hours.of(12), s.recognitions(), Hours.of(12), Hours.ZERO, s.examRequired(), s.examPassed(), Compliance.MET,
                s.entries(), s.reversalsApplied(), s.reviewProgress(), s.accountHead(), s.computedAt(), s.digest());
        issued.save(new IssuedStatement(statement.code(), altered, statement.issuedAt(), statement.issuedBy(),
                statement.status(), null, null, null, null));

        assertThat(((CodeCheck.Found) checking.check(statement.code().value())).authentic()).isFalse();
    }
}
