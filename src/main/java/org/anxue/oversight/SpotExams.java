package org.anxue.oversight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.anxue.oversight.SpotExamViews.Candidate;
import org.anxue.oversight.SpotExamViews.CompanyChoice;
import org.anxue.oversight.SpotExamViews.Exam;
import org.anxue.oversight.SpotExamViews.PhoneQuestion;
import org.anxue.oversight.SpotExamViews.Session;
import org.anxue.oversight.SpotExamViews.Started;
import org.anxue.oversight.SpotExamViews.Summary;
import org.anxue.oversight.SpotExamViews.Taker;
import org.anxue.oversight.SpotExamViews.TakerStatus;
import org.anxue.web.AppException;

/**
 * Spot exams (逢查必考): an officer starts one for a company of their subtree and picks people; each
 * person gets their own questions and code, answers within the time limit on their phone, and is
 * graded on the server, at their submission or at their deadline, whichever comes first.
 */
@ApplicationScoped
public class SpotExams {

    /** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;
    static final int MAX_PEOPLE = 200;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What an officer asks for. */
    public record NewExam(Long companyId, String place, String inspectedOn, String notes, Integer timeLimitMinutes,
                          Integer questionCount, List<Long> personIds) {
    }

    private final DataSource ds;
    private final OversightClock clock;
    private final OversightConfig config;
    private final CodeRateLimit rateLimit;
    private final SecureRandom random = new SecureRandom();

    SpotExams(DataSource ds, OversightClock clock, OversightConfig config, CodeRateLimit rateLimit) {
        this.ds = ds;
        this.clock = clock;
        this.config = config;
        this.rateLimit = rateLimit;
    }

    // --- the officer's side -------------------------------------------------------------------------

    /** Companies of the officer's subtree whose name contains {@code q} (the first 50 by name). */
    @Transactional
    public List<CompanyChoice> companies(Officer officer, String q) {
        String like = q == null || q.isBlank() ? "%" : "%" + q.strip().replace("%", "").replace("_", "") + "%";
        return Sql.list(ds, """
                select c.id, c.name, c.industry, b.name as bureau from company c join bureau b on b.id = c.bureau_id
                 where b.path like ? and c.name like ? order by c.name limit 50""",
                r -> new CompanyChoice(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)),
                officer.path() + "%", like);
    }

    /** The company if it lies in the officer's subtree; 404 otherwise (a sibling's company does not exist for them). */
    @Transactional
    public CompanyChoice company(Officer officer, long companyId) {
        return Sql.one(ds, """
                select c.id, c.name, c.industry, b.name from company c join bureau b on b.id = c.bureau_id
                 where c.id = ? and b.path like ?""",
                r -> new CompanyChoice(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)),
                companyId, officer.path() + "%").orElseThrow(AppException::notFound);
    }

    /** The company's current employees, filtered by post kind, department and name. */
    @Transactional
    public List<Candidate> candidates(Officer officer, long companyId, String postKind, Long departmentId, String name) {
        company(officer, companyId);
        StringBuilder sql = new StringBuilder("""
                select p.id, p.name, p.id_number, e.post_kind, ps.name, d.id, d.name
                  from employment e join person p on p.id = e.person_id join post ps on ps.id = e.post_id
                  left join department d on d.id = e.department_id
                 where e.company_id = ? and e.end_date is null""");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (postKind != null && !postKind.isBlank()) {
            sql.append(" and e.post_kind = ?");
            args.add(postKind);
        }
        if (departmentId != null) {
            sql.append(" and e.department_id = ?");
            args.add(departmentId);
        }
        if (name != null && !name.isBlank()) {
            sql.append(" and p.name like ?");
            args.add("%" + name.strip() + "%");
        }
        sql.append(" ").append("""
                 order by case e.post_kind when 'PRINCIPAL' then 0 when 'SAFETY_MANAGER' then 1
                          when 'SPECIAL_OPERATION' then 2 else 3 end, d.name nulls last, p.name limit 500""");
        return Sql.list(ds, sql.toString(), r -> new Candidate(r.getLong(1), r.getString(2), mask(r.getString(3)),
                r.getString(4), r.getString(5), (Long) r.getObject(6), r.getString(7)), args.toArray());
    }

    /** The company's departments, for the picker's filter. */
    @Transactional
    public List<Map.Entry<Long, String>> departments(Officer officer, long companyId) {
        company(officer, companyId);
        return Sql.list(ds, "select id, name from department where company_id = ? order by name",
                r -> Map.entry(r.getLong(1), r.getString(2)), companyId);
    }

    @Transactional
    public List<Summary> list(Officer officer) {
        return Sql.list(ds, """
                select x.id, x.company_id, c.name, x.place, x.inspected_on, x.officer_name, x.created_at, x.closed_at,
                       (select count(*) from spot_exam_taker t where t.exam_id = x.id),
                       (select count(*) from spot_exam_taker t where t.exam_id = x.id and t.finished_at is not null)
                  from spot_exam x join company c on c.id = x.company_id join bureau b on b.id = x.bureau_id
                 where b.path like ? order by x.created_at desc, x.id desc limit 200""",
                r -> new Summary(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getObject(5, LocalDate.class), r.getString(6), Sql.instant(r, "created_at"),
                        Sql.instant(r, "closed_at"), r.getInt(9), r.getInt(10)),
                officer.path() + "%");
    }

    /** Starts a spot exam: the inspection, the people, a code and a draw of questions for each. */
    @Transactional
    public Exam create(Officer officer, NewExam request) {
        if (request == null || request.companyId() == null) {
            throw new AppException(Status.BAD_REQUEST, "ovs:companyRequired");
        }
        CompanyChoice company = company(officer, request.companyId());
        String place = text(request.place(), 200);
        if (place == null) {
            throw new AppException(Status.BAD_REQUEST, "ovs:placeRequired");
        }
        String notes = text(request.notes(), 2000);
        LocalDate inspectedOn;
        try {
            inspectedOn = request.inspectedOn() == null || request.inspectedOn().isBlank()
                    ? LocalDate.ofInstant(clock.now(), CHINA) : LocalDate.parse(request.inspectedOn().strip());
        } catch (RuntimeException e) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badDate");
        }
        int limit = request.timeLimitMinutes() == null ? config.defaultTimeLimitMinutes() : request.timeLimitMinutes();
        int count = request.questionCount() == null ? config.defaultQuestionCount() : request.questionCount();
        if (limit < 1 || limit > 180) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badTimeLimit");
        }
        if (count < 1 || count > 100) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badQuestionCount");
        }
        List<Long> personIds = request.personIds() == null ? List.of()
                : request.personIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (personIds.isEmpty()) {
            throw new AppException(Status.BAD_REQUEST, "ovs:peopleRequired");
        }
        if (personIds.size() > MAX_PEOPLE) {
            throw new AppException(Status.BAD_REQUEST, "ovs:tooManyPeople", MAX_PEOPLE);
        }
        record Employee(long personId, long employmentId, String name, String postKind, String postName, String department) {
        }
        Map<Long, Employee> employees = new HashMap<>();
        for (Employee e : Sql.list(ds, """
                select p.id, e.id, p.name, e.post_kind, ps.name, d.name
                  from employment e join person p on p.id = e.person_id join post ps on ps.id = e.post_id
                  left join department d on d.id = e.department_id
                 where e.company_id = ? and e.end_date is null and p.id = any (?)""",
                r -> new Employee(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                company.id(), personIds.toArray(new Long[0]))) {
            employees.put(e.personId(), e);
        }
        for (Long id : personIds) {
            if (!employees.containsKey(id)) {
                throw new AppException(Status.BAD_REQUEST, "ovs:notAnEmployee", id);
            }
        }
        List<QuestionDraw.Candidate> bank = bank();
        if (bank.isEmpty()) {
            throw new AppException(Status.CONFLICT, "ovs:noQuestions");
        }
        Instant now = clock.now();
        long examId = Sql.insert(ds, """
                insert into spot_exam (bureau_id, company_id, place, inspected_on, officer_id, officer_name, notes,
                                       time_limit_minutes, question_count, pass_mark, created_at, open_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                officer.bureauId(), company.id(), place, inspectedOn, officer.accountId(), officer.name(),
                notes == null ? "" : notes, limit, count, config.passMark(), now, now.plus(config.codeValidity()));
        List<List<Long>> drawn = new ArrayList<>();
        Map<Long, List<Long>> drawFor = new LinkedHashMap<>();
        Map<String, QuestionDraw.Pool> pools = new HashMap<>();
        for (Long personId : personIds) {
            Employee e = employees.get(personId);
            QuestionDraw.Pool pool = pools.computeIfAbsent(e.postKind(),
                    kind -> QuestionDraw.Pool.of(bank, company.industry(), QuestionDraw.catalogPostKind(kind)));
            List<Long> questions = QuestionDraw.draw(pool, count, random, drawn);
            drawn.add(questions);
            drawFor.put(personId, questions);
        }
        Map<Long, QuestionRow> rows = questionRows(drawFor.values().stream().flatMap(List::stream).distinct().toList());
        try (Connection c = ds.getConnection();
             PreparedStatement takerInsert = c.prepareStatement("""
                     insert into spot_exam_taker (exam_id, person_id, employment_id, name, post_kind, post_name,
                                                  department_name, code, question_count)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
             PreparedStatement questionInsert = c.prepareStatement("""
                     insert into spot_exam_question (taker_id, position, question_id, course_id, kind, stem, options, answer)
                     values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Set<String> codes = new HashSet<>();
            for (Map.Entry<Long, List<Long>> entry : drawFor.entrySet()) {
                Employee e = employees.get(entry.getKey());
                String code = newCode(codes);
                Sql.bind(takerInsert, examId, e.personId(), e.employmentId(), e.name(), e.postKind(), e.postName(),
                        e.department(), code, entry.getValue().size());
                takerInsert.executeUpdate();
                long takerId;
                try (var keys = takerInsert.getGeneratedKeys()) {
                    keys.next();
                    takerId = keys.getLong(1);
                }
                int position = 0;
                for (Long questionId : entry.getValue()) {
                    QuestionRow q = rows.get(questionId);
                    Sql.bind(questionInsert, takerId, ++position, questionId, q.courseId(), q.kind(), q.stem(),
                            q.options(), q.answer());
                    questionInsert.addBatch();
                }
            }
            questionInsert.executeBatch();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
        return exam(officer, examId);
    }

    /** The exam with every person's state, graded where a deadline has passed; 404 outside the subtree. */
    @Transactional
    public Exam exam(Officer officer, long examId) {
        Exam exam = load(examId).orElseThrow(AppException::notFound);
        String path = Sql.one(ds, "select path from bureau where id = ?", r -> r.getString(1), exam.bureauId()).orElse(null);
        if (!officer.covers(path)) {
            throw AppException.notFound();
        }
        if (settle(examId) > 0) {
            exam = load(examId).orElseThrow();
        }
        return exam;
    }

    /** Ends the exam: nobody can begin any more, and whoever is answering is graded now. */
    @Transactional
    public Exam close(Officer officer, long examId) {
        Exam exam = exam(officer, examId);
        if (exam.closed()) {
            return exam;
        }
        Instant now = clock.now();
        Sql.update(ds, "update spot_exam set closed_at = ? where id = ?", now, examId);
        for (Long takerId : Sql.list(ds, """
                select id from spot_exam_taker where exam_id = ? and started_at is not null and finished_at is null
                 order by id for update""", r -> r.getLong(1), examId)) {
            grade(takerId, now, "CLOSED");
        }
        return load(examId).orElseThrow();
    }

    // --- the phone's side ---------------------------------------------------------------------------

    /**
     * Confirms who is answering (name and last four characters of the ID number, or the signed-in
     * worker's own person) and starts their clock, or resumes it. A new secret each time: a second
     * device takes over from the first.
     */
    public Started start(String rawCode, String name, String idLast4, Long signedInPersonId, String source) {
        rateLimit.check(source);
        String code = normalizeCode(rawCode);
        Optional<Long> found = code == null ? Optional.empty() : QuarkusTransaction.requiringNew().call(() ->
                Sql.one(ds, "select id from spot_exam_taker where code = ?", r -> r.getLong(1), code));
        if (found.isEmpty()) {
            rateLimit.fail(source);
            throw new AppException(Status.NOT_FOUND, "ovs:unknownCode");
        }
        boolean identified = QuarkusTransaction.requiringNew().call(() -> identifies(found.get(), name, idLast4, signedInPersonId));
        if (!identified) {
            rateLimit.fail(source);
            throw new AppException(Status.BAD_REQUEST, "ovs:identityMismatch");
        }
        return QuarkusTransaction.requiringNew().call(() -> begin(found.get(), code));
    }

    /**
     * What a code opens before anyone has confirmed who they are: the company, place, time limit
     * and question count (no name, no questions). Unknown codes count against {@code source}.
     */
    public Session preview(String rawCode, String source) {
        rateLimit.check(source);
        String code = normalizeCode(rawCode);
        Optional<Long> found = code == null ? Optional.empty() : QuarkusTransaction.requiringNew().call(() ->
                Sql.one(ds, "select id from spot_exam_taker where code = ?", r -> r.getLong(1), code));
        if (found.isEmpty()) {
            rateLimit.fail(source);
            throw new AppException(Status.NOT_FOUND, "ovs:unknownCode");
        }
        Session s = QuarkusTransaction.requiringNew().call(() -> {
            settleTaker(found.get());
            return session(found.get(), code);
        });
        return new Session(s.code(), s.name(), s.companyName(), s.place(), s.status(), s.startedAt(), s.deadline(),
                s.now(), s.timeLimitMinutes(), List.of(), null, null, null, s.questionCount(), null);
    }

    /** Whether the code is this person's. */
    @Transactional
    public boolean isTaker(String rawCode, long personId) {
        String code = normalizeCode(rawCode);
        return code != null && Sql.one(ds, "select 1 from spot_exam_taker where code = ? and person_id = ?",
                r -> 1, code, personId).isPresent();
    }

    private boolean identifies(long takerId, String name, String idLast4, Long signedInPersonId) {
        return Sql.one(ds, """
                select p.id, p.name, p.id_number from spot_exam_taker t join person p on p.id = t.person_id where t.id = ?""",
                r -> {
                    if (signedInPersonId != null && signedInPersonId == r.getLong(1)) {
                        return true;
                    }
                    String number = r.getString(3);
                    return name != null && idLast4 != null && name.strip().equals(r.getString(2))
                            && idLast4.strip().toUpperCase(Locale.ROOT).equals(number.substring(number.length() - 4));
                }, takerId).orElse(false);
    }

    private Started begin(long takerId, String code) {
        record State(Instant startedAt, Instant closedAt, Instant openUntil, int limit) {
        }
        State state = Sql.one(ds, """
                select t.started_at, x.closed_at, x.open_until, x.time_limit_minutes
                  from spot_exam_taker t join spot_exam x on x.id = t.exam_id where t.id = ? for update of t""",
                r -> new State(Sql.instant(r, "started_at"), Sql.instant(r, "closed_at"), Sql.instant(r, "open_until"),
                        r.getInt(4)), takerId).orElseThrow();
        Instant now = clock.now();
        if (state.startedAt() == null) {
            if (state.closedAt() != null) {
                throw new AppException(Status.CONFLICT, "ovs:examClosed");
            }
            if (!now.isBefore(state.openUntil())) {
                throw new AppException(Status.CONFLICT, "ovs:codeExpired");
            }
            Sql.update(ds, "update spot_exam_taker set started_at = ?, deadline = ? where id = ?",
                    now, now.plus(Duration.ofMinutes(state.limit())), takerId);
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Sql.update(ds, "update spot_exam_taker set token_hash = ? where id = ?", sha256(token), takerId);
        return new Started(token, session(takerId, code));
    }

    /** What the phone holding {@code token} sees; 404 for a wrong code or token. */
    @Transactional
    public Session session(String rawCode, String token) {
        long takerId = authorised(rawCode, token, false);
        settleTaker(takerId);
        return session(takerId, normalizeCode(rawCode));
    }

    /** Records one answer; refused once the person has finished or their time is up. */
    @Transactional(dontRollbackOn = AppException.class)
    public Session answer(String rawCode, String token, int position, String given) {
        long takerId = authorised(rawCode, token, true);
        refuseWhenOver(takerId);
        saveAnswer(takerId, position, given);
        return session(takerId, normalizeCode(rawCode));
    }

    /** Records the answers sent (position → answer) and grades the exam now. */
    @Transactional(dontRollbackOn = AppException.class)
    public Session submit(String rawCode, String token, Map<Integer, String> answers) {
        long takerId = authorised(rawCode, token, true);
        refuseWhenOver(takerId);
        if (answers != null) {
            for (Map.Entry<Integer, String> a : answers.entrySet()) {
                if (a.getKey() != null) {
                    saveAnswer(takerId, a.getKey(), a.getValue());
                }
            }
        }
        grade(takerId, clock.now(), "SUBMITTED");
        return session(takerId, normalizeCode(rawCode));
    }

    /** Grades everyone of the exam (or of all exams, for null) whose deadline has passed; returns how many. */
    @Transactional
    public int settle(Long examId) {
        Instant now = clock.now();
        List<long[]> due = Sql.list(ds, """
                select id from spot_exam_taker where finished_at is null and deadline <= ?"""
                        + (examId == null ? "" : " and exam_id = " + examId.longValue())
                        + " order by id for update skip locked",
                r -> new long[] {r.getLong(1)}, now);
        for (long[] id : due) {
            Instant deadline = Sql.one(ds, "select deadline from spot_exam_taker where id = ?",
                    r -> Sql.instant(r, "deadline"), id[0]).orElseThrow();
            grade(id[0], deadline, "DEADLINE");
        }
        return due.size();
    }

    // --- internals ----------------------------------------------------------------------------------

    private void settleTaker(long takerId) {
        Sql.one(ds, "select deadline from spot_exam_taker where id = ? and finished_at is null and deadline <= ? for update",
                r -> Sql.instant(r, "deadline"), takerId, clock.now())
                .ifPresent(deadline -> grade(takerId, deadline, "DEADLINE"));
    }

    /** 409 when the person has finished; when their time is up, grades at the deadline first. */
    private void refuseWhenOver(long takerId) {
        record Clock(Instant deadline, Instant finishedAt) {
        }
        Clock c = Sql.one(ds, "select deadline, finished_at from spot_exam_taker where id = ?",
                r -> new Clock(Sql.instant(r, "deadline"), Sql.instant(r, "finished_at")), takerId).orElseThrow();
        if (c.finishedAt() != null) {
            throw new AppException(Status.CONFLICT, "ovs:alreadyFinished");
        }
        if (!clock.now().isBefore(c.deadline())) {
            grade(takerId, c.deadline(), "DEADLINE");
            throw new AppException(Status.CONFLICT, "ovs:timeIsUp");
        }
    }

    private void saveAnswer(long takerId, int position, String given) {
        record Q(String kind, int options) {
        }
        Q q = Sql.one(ds, "select kind, cardinality(options) from spot_exam_question where taker_id = ? and position = ?",
                r -> new Q(r.getString(1), r.getInt(2)), takerId, position)
                .orElseThrow(() -> new AppException(Status.BAD_REQUEST, "ovs:noSuchQuestion", position));
        String value;
        try {
            value = Answers.normalize(q.kind(), q.options(), given);
        } catch (IllegalArgumentException e) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badAnswer", position);
        }
        Sql.update(ds, "update spot_exam_question set given = ?, answered_at = ? where taker_id = ? and position = ?",
                value, value == null ? null : clock.now(), takerId, position);
    }

    /** Grades the taker as of {@code at}: every question, the score and pass/fail. */
    private void grade(long takerId, Instant at, String reason) {
        Sql.update(ds, """
                update spot_exam_question set correct = (given is not null and given = answer) where taker_id = ?""", takerId);
        record Result(int total, int correct, int passMark) {
        }
        Result result = Sql.one(ds, """
                select count(*), count(*) filter (where q.correct), x.pass_mark
                  from spot_exam_question q join spot_exam_taker t on t.id = q.taker_id join spot_exam x on x.id = t.exam_id
                 where q.taker_id = ? group by x.pass_mark""",
                r -> new Result(r.getInt(1), r.getInt(2), r.getInt(3)), takerId).orElseThrow();
        int score = Answers.score(result.correct(), result.total());
        Sql.update(ds, """
                update spot_exam_taker set finished_at = ?, finish_reason = ?, correct = ?, score = ?, passed = ?
                 where id = ? and finished_at is null""",
                at, reason, result.correct(), score, score >= result.passMark(), takerId);
    }

    /** The taker behind code and token; 404 when either is wrong (wrong tokens are not rate-limited: 144 random bits). */
    private long authorised(String rawCode, String token, boolean lock) {
        String code = normalizeCode(rawCode);
        if (code == null || token == null || token.isBlank()) {
            throw new AppException(Status.NOT_FOUND, "ovs:unknownCode");
        }
        record Found(long id, String hash) {
        }
        Found found = Sql.one(ds, "select id, token_hash from spot_exam_taker where code = ?" + (lock ? " for update" : ""),
                r -> new Found(r.getLong(1), r.getString(2)), code)
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "ovs:unknownCode"));
        if (found.hash() == null || !MessageDigest.isEqual(found.hash().getBytes(StandardCharsets.US_ASCII),
                sha256(token).getBytes(StandardCharsets.US_ASCII))) {
            throw new AppException(Status.NOT_FOUND, "ovs:unknownCode");
        }
        return found.id();
    }

    private Session session(long takerId, String code) {
        Instant now = clock.now();
        List<PhoneQuestion> questions = Sql.list(ds, """
                select position, kind, stem, options, given from spot_exam_question where taker_id = ? order by position""",
                r -> new PhoneQuestion(r.getInt(1), r.getString(2), r.getString(3), strings(r.getArray(4)), r.getString(5)),
                takerId);
        return Sql.one(ds, """
                select t.name, c.name, x.place, t.started_at, t.deadline, t.finished_at, x.time_limit_minutes,
                       t.correct, t.score, t.passed, t.question_count, x.closed_at
                  from spot_exam_taker t join spot_exam x on x.id = t.exam_id join company c on c.id = x.company_id
                 where t.id = ?""",
                r -> {
                    Instant started = Sql.instant(r, "started_at");
                    Instant finished = Sql.instant(r, "finished_at");
                    TakerStatus status = status(started, finished, Sql.instant(r, "closed_at"));
                    boolean showQuestions = status == TakerStatus.ANSWERING;
                    return new Session(code, r.getString(1), r.getString(2), r.getString(3), status, started,
                            Sql.instant(r, "deadline"), now, r.getInt(7), showQuestions ? questions : List.of(),
                            Sql.integer(r, "correct"), Sql.integer(r, "score"), Sql.bool(r, "passed"), r.getInt(11),
                            seconds(started, finished));
                }, takerId).orElseThrow();
    }

    private Optional<Exam> load(long examId) {
        List<Taker> takers = Sql.list(ds, """
                select t.id, t.person_id, t.name, t.post_kind, t.post_name, t.department_name, t.code, t.started_at,
                       t.deadline, t.finished_at, t.finish_reason, t.question_count, t.correct, t.score, t.passed,
                       (select count(*) from spot_exam_question q where q.taker_id = t.id and q.given is not null) as answered,
                       x.closed_at
                  from spot_exam_taker t join spot_exam x on x.id = t.exam_id where t.exam_id = ?
                 order by case t.post_kind when 'PRINCIPAL' then 0 when 'SAFETY_MANAGER' then 1
                          when 'SPECIAL_OPERATION' then 2 else 3 end, t.id""",
                r -> {
                    Instant started = Sql.instant(r, "started_at");
                    Instant finished = Sql.instant(r, "finished_at");
                    return new Taker(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), status(started, finished, Sql.instant(r, "closed_at")),
                            started, Sql.instant(r, "deadline"), finished, r.getString(11), r.getInt("answered"),
                            r.getInt(12), Sql.integer(r, "correct"), Sql.integer(r, "score"), Sql.bool(r, "passed"),
                            seconds(started, finished));
                }, examId);
        return Sql.one(ds, """
                select x.id, x.bureau_id, x.company_id, c.name, c.industry, x.place, x.inspected_on, x.officer_name,
                       x.notes, x.time_limit_minutes, x.question_count, x.pass_mark, x.created_at, x.open_until, x.closed_at
                  from spot_exam x join company c on c.id = x.company_id where x.id = ?""",
                r -> new Exam(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getObject(7, LocalDate.class), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11),
                        r.getInt(12), Sql.instant(r, "created_at"), Sql.instant(r, "open_until"),
                        Sql.instant(r, "closed_at"), takers), examId);
    }

    private static TakerStatus status(Instant started, Instant finished, Instant closed) {
        if (finished != null) {
            return TakerStatus.FINISHED;
        }
        if (started != null) {
            return TakerStatus.ANSWERING;
        }
        return closed != null ? TakerStatus.ABSENT : TakerStatus.WAITING;
    }

    private static Long seconds(Instant started, Instant finished) {
        return started == null || finished == null ? null : Duration.between(started, finished).toSeconds();
    }

    /** Every question of every published course version, with what the version targets. */
    List<QuestionDraw.Candidate> bank() {
        return Sql.list(ds, """
                select q.id, c.id,
                       coalesce((select array_agg(i.industry) from course_version_industry i where i.version_id = v.id), '{}'),
                       coalesce((select array_agg(k.post_kind) from course_version_post_kind k where k.version_id = v.id), '{}')
                  from course c join course_version v on v.id = c.published_version_id and v.status = 'PUBLISHED'
                  join course_question q on q.version_id = v.id""",
                r -> new QuestionDraw.Candidate(r.getLong(1), r.getLong(2), Set.copyOf(strings(r.getArray(3))),
                        Set.copyOf(strings(r.getArray(4)))));
    }

    private record QuestionRow(long courseId, String kind, String stem, String[] options, String answer) {
    }

    private Map<Long, QuestionRow> questionRows(List<Long> ids) {
        Map<Long, QuestionRow> rows = new HashMap<>();
        for (var entry : Sql.list(ds, """
                select q.id, v.course_id, q.kind, q.stem, q.options, q.answer
                  from course_question q join course_version v on v.id = q.version_id where q.id = any (?)""",
                r -> Map.entry(r.getLong(1), new QuestionRow(r.getLong(2), r.getString(3), r.getString(4),
                        strings(r.getArray(5)).toArray(new String[0]), r.getString(6))), (Object) ids.toArray(new Long[0]))) {
            rows.put(entry.getKey(), entry.getValue());
        }
        return rows;
    }

    private String newCode(Set<String> taken) {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String candidate = code.toString();
            if (taken.add(candidate) && Sql.one(ds, "select 1 from spot_exam_taker where code = ?", r -> 1, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** The code as typed: case, spaces and dashes do not matter; null when it cannot be a code. */
    static String normalizeCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH) {
            return null;
        }
        for (char ch : code.toCharArray()) {
            if (CODE_ALPHABET.indexOf(ch) < 0) {
                return null;
            }
        }
        return code;
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new AppException(Status.BAD_REQUEST, "ovs:tooLong", max);
        }
        return t;
    }

    private static String mask(String idNumber) {
        return idNumber == null || idNumber.length() < 8 ? idNumber
                : idNumber.substring(0, 4) + "**********" + idNumber.substring(idNumber.length() - 4);
    }
}
