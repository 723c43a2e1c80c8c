package org.anxue.oversight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the spot-exam pages and API show. */
public final class SpotExamViews {

    private SpotExamViews() {
    }

    public enum TakerStatus { WAITING, ANSWERING, FINISHED, ABSENT }

    /** A current employee an officer can pick. */
    public record Candidate(long personId, String name, String maskedIdNumber, String postKind, String postName,
                            Long departmentId, String departmentName) {
    }

    public record CompanyChoice(long id, String name, String industry, String bureauName) {
    }

    public record Summary(long id, long companyId, String companyName, String place, LocalDate inspectedOn,
                          String officerName, Instant createdAt, Instant closedAt, int takers, int finished) {
    }

    public record Taker(long id, long personId, String name, String postKind, String postName, String departmentName,
                       String code, TakerStatus status, Instant startedAt, Instant deadline, Instant finishedAt,
                       String finishReason, int answered, int questionCount, Integer correct, Integer score,
                       Boolean passed, Long secondsTaken) {

        /** The code as printed, in two groups of four. */
        public String formattedCode() {
            return code.substring(0, 4) + " " + code.substring(4);
        }

        /** Time taken as m:ss, or null. */
        public String timeTaken() {
            return secondsTaken == null ? null : String.format("%d:%02d", secondsTaken / 60, secondsTaken % 60);
        }
    }

    public record Exam(long id, long bureauId, long companyId, String companyName, String industry, String place,
                       LocalDate inspectedOn, String officerName, String notes, int timeLimitMinutes,
                       int questionCount, int passMark, Instant createdAt, Instant openUntil, Instant closedAt,
                       List<Taker> takers) {

        public boolean closed() {
            return closedAt != null;
        }

        public int finishedCount() {
            return (int) takers.stream().filter(t -> t.status() == TakerStatus.FINISHED).count();
        }

        public int passedCount() {
            return (int) takers.stream().filter(t -> Boolean.TRUE.equals(t.passed())).count();
        }
    }

    /** A question as the phone sees it: never the key. */
    public record PhoneQuestion(int position, String kind, String stem, List<String> options, String given) {

        public boolean chose(String letterOrValue) {
            return given != null && given.contains(letterOrValue);
        }

        public String letter(int index) {
            return String.valueOf((char) ('A' + index));
        }
    }

    /** What the phone sees of its own exam. */
    public record Session(String code, String name, String companyName, String place, TakerStatus status,
                          Instant startedAt, Instant deadline, Instant now, int timeLimitMinutes,
                          List<PhoneQuestion> questions, Integer correct, Integer score, Boolean passed,
                          int questionCount, Long secondsTaken) {

        public String timeTaken() {
            return secondsTaken == null ? null : String.format("%d:%02d", secondsTaken / 60, secondsTaken % 60);
        }

        /** Milliseconds left, 0 when the time is up. */
        public long millisLeft() {
            return deadline == null ? 0 : Math.max(0, Duration.between(now, deadline).toMillis());
        }
    }

    /** A started session: the secret the phone keeps, and what it sees. */
    public record Started(String token, Session session) {
    }
}
