package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordingAnExamResultTests {

    private static final LocalDate EXAM_DAY = LocalDate.of(2026, 5, 20);

    private final CreditBank bank = new CreditBank(EXAM_DAY);

    @Test
    void shouldRecordAFailedExamWithItsScoreAndSiteButNoHours() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 6, 1)));

        LedgerEntry entry = posted(bank.exam(WANG, EXAM_DAY, false, TrainingType.REVIEW, LOW_VOLTAGE));

        assertThat(entry.details()).isEqualTo(new ExamResult("exam-1", false, new BigDecimal("52.50"), "exam-site-3"));
        assertThat(entry.rawHours()).isEqualTo(Hours.ZERO);
        assertThat(entry.creditedHours()).isEqualTo(Hours.ZERO);
        assertThat(entry.countsToward().subject()).isEqualTo(LOW_VOLTAGE);
    }

    @Test
    void shouldRecordTheSameExamOnlyOnce() {
        RecordingAnExamResult recording = new RecordingAnExamResult(bank.accounts, bank.catalog(), bank.clock);
        RecordingAnExamResult.ExamTaken exam = new RecordingAnExamResult.ExamTaken(WANG, CreditBank.IN_COUNTY_A, "exam-9",
                EXAM_DAY, true, new BigDecimal("90"), "exam-site-3", "exam-record-9", TrainingType.REFRESHER, "",
                "exam-site:3", "system:exams");

        posted(recording.record(exam));

        assertThat(rejection(recording.record(exam))).contains("exam exam-9 was already posted as entry 1");
    }

    @Test
    void shouldRejectAScoreWithMoreThanTwoDecimalPlaces() {
        RecordingAnExamResult recording = new RecordingAnExamResult(bank.accounts, bank.catalog(), bank.clock);

        assertThat(rejection(recording.record(new RecordingAnExamResult.ExamTaken(WANG, CreditBank.IN_COUNTY_A, "exam-9",
                EXAM_DAY, true, new BigDecimal("90.125"), "exam-site-3", "exam-record-9", TrainingType.REFRESHER, "",
                "exam-site:3", "system:exams")))).contains("two decimal places");
    }
}
