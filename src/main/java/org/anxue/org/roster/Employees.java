package org.anxue.org.roster;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.roster.Problem.Code;
import org.anxue.security.AccountStatus;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * A company's employees: the roster list, adding one (a person who is new to Anxue, or one who
 * already worked elsewhere: one person per ID number), changing one, and ending an employment,
 * which stays as history. Every change of a company's roster takes the company's roster lock, so
 * that an import and a form cannot add the same person at the same moment.
 */
@ApplicationScoped
public class Employees {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int END_REASON_MAX = 200;
    static final int MAX_PAGE_SIZE = 200;
    /** The first half of the roster lock's key (pg_advisory_xact_lock(int, int)): "Rost". */
    static final int ROSTER_LOCK = 0x526f7374;

    /** Which employments a list shows. */
    public enum Status {
        CURRENT, FORMER, ALL;

        /** As a query parameter: current, former, all. */
        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a list is filtered by; nulls filter nothing. {@code q} matches name, ID number or phone. */
    public record Filter(String q, Long departmentId, PostKind kind, Status status) {

        public Filter {
            q = EmployeeRules.text(q);
            status = status == null ? Status.CURRENT : status;
        }
    }

    /** One page of a list. */
    public record Page(List<EmployeeView> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** An employee just added, and whether a new worker account was created for them. */
    public record Added(EmployeeView employee, boolean accountCreated) {
    }

    /** An employee with the person's other employments at the same company (never another company's). */
    public record Detail(EmployeeView employee, List<EmployeeView> history) {
    }

    @Inject
    Posts posts;

    @Inject
    WorkerAccounts workerAccounts;

    @Transactional
    public Page list(Company company, Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(1, page);
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        Map<String, Object> params = new HashMap<>();
        String where = where(company, filter, directory, params);
        TypedQuery<Long> count = em().createQuery("select count(e) from Employment e join e.person p" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<Employment> query = em().createQuery("select e from Employment e join fetch e.person p"
                + " join fetch e.post left join fetch e.department" + where + " order by e.id desc", Employment.class);
        params.forEach(query::setParameter);
        List<Employment> rows = query.setFirstResult((pageNumber - 1) * pageSize).setMaxResults(pageSize).getResultList();
        return new Page(views(rows, directory), total, pageNumber, pageSize);
    }

    /**
     * Every employment the filter selects, in list order, read as plain values (no entities pile up
     * in the session), for exports. Call it in a transaction and close the stream.
     */
    public java.util.stream.Stream<EmployeeView> stream(Company company, Filter filter) {
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        Map<String, Object> params = new HashMap<>();
        String where = where(company, filter, directory, params);
        TypedQuery<Object[]> query = em().createQuery("select e.id, p.id, p.name, p.idNumber, p.gender, p.birthDate,"
                + " p.phone, d.id, d.name, po.id, po.name, e.postKind, e.operation, e.startDate, e.endDate, e.endReason,"
                + " a.status from Employment e join e.person p join e.post po left join e.department d"
                + " left join Account a on a.person = p and a.role = :worker" + where + " order by e.id desc", Object[].class);
        params.forEach(query::setParameter);
        query.setParameter("worker", Role.WORKER);
        query.setHint("org.hibernate.fetchSize", 500);
        return query.getResultStream().map(r -> {
            Long departmentId = (Long) r[7];
            String path = departmentId == null ? null
                    : directory.department(departmentId).map(CompanyDirectory.Dept::path).orElse((String) r[8]);
            return new EmployeeView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (org.anxue.org.Gender) r[4],
                    (LocalDate) r[5], (String) r[6], departmentId, path, (Long) r[9], (String) r[10], (PostKind) r[11],
                    (org.anxue.org.SpecialOperation) r[12], (LocalDate) r[13], (LocalDate) r[14], (String) r[15],
                    r[14] == null, (AccountStatus) r[16]);
        });
    }

    @Transactional
    public Detail get(Company company, long employmentId) {
        Employment employment = find(company, employmentId);
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        List<Employment> history = Employment.list("person = ?1 and company = ?2 and id <> ?3 order by startDate desc",
                employment.person, company, employment.id);
        List<Employment> all = new ArrayList<>();
        all.add(employment);
        all.addAll(history);
        List<EmployeeView> views = views(all, directory);
        return new Detail(views.get(0), views.subList(1, views.size()));
    }

    @Transactional
    public Added add(Company company, EmployeeDraft draft) {
        lockRoster(company.id);
        LocalDate today = LocalDate.now(CHINA);
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        EmployeeRules.Checked checked = EmployeeRules.check(draft, directory, today);
        if (!checked.valid()) {
            throw new InvalidInput(checked.problems());
        }
        Person person = Person.findByIdNumber(checked.idNumber()).orElse(null);
        if (person != null) {
            if (!sameName(person.name, checked.name())) {
                throw InvalidInput.of(409, Problem.of(RosterField.NAME, Code.nameMismatch));
            }
            if (Employment.count("person = ?1 and company = ?2 and endDate is null", person, company) > 0) {
                throw InvalidInput.of(409, Problem.of(RosterField.ID_NUMBER, Code.alreadyEmployed));
            }
            if (person.phone == null && checked.phone() != null) {
                person.phone = checked.phone();
            }
        } else {
            person = Person.of(checked.idNumber(), checked.name(), checked.phone());
            person.persist();
        }
        Employment employment = Employment.start(person, postFor(company, checked, null),
                checked.department() == null ? null : Department.findById(checked.department().id()),
                checked.startDate());
        employment.persist();
        try {
            em().flush();
        } catch (PersistenceException e) {
            // the open-employment index: the same person was added here at the same moment
            throw InvalidInput.of(409, Problem.of(RosterField.ID_NUMBER, Code.alreadyEmployed));
        }
        boolean accountCreated = workerAccounts.ensurePending(List.of(person.id)) > 0;
        return new Added(views(List.of(employment), directory).get(0), accountCreated);
    }

    /**
     * Changes a current employment: department, post, start date, and the person's phone. The name
     * can be corrected only while no other company has employed the person, since it is theirs
     * everywhere. The ID number never changes (a wrong one: end this employment, add the right one).
     */
    @Transactional
    public EmployeeView update(Company company, long employmentId, EmployeeDraft draft) {
        lockRoster(company.id);
        Employment employment = find(company, employmentId);
        if (!employment.isOpen()) {
            throw new AppException(Response.Status.CONFLICT, "roster:employmentEnded", employment.endDate.toString());
        }
        Person person = employment.person;
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        EmployeeDraft withId = new EmployeeDraft(draft.name(), person.idNumber, false, draft.phone(), draft.departmentId(),
                draft.departmentText(), draft.postKind(), draft.operation(), draft.postId(), draft.postText(),
                draft.startDate());
        EmployeeRules.Checked checked = EmployeeRules.check(withId, directory, LocalDate.now(CHINA));
        if (!checked.valid()) {
            throw new InvalidInput(checked.problems());
        }
        if (!sameName(person.name, checked.name())) {
            if (Employment.count("person = ?1 and company <> ?2", person, company) > 0) {
                throw InvalidInput.of(409, Problem.of(RosterField.NAME, Code.nameLocked));
            }
            person.name = checked.name();
        }
        person.phone = checked.phone();
        employment.department = checked.department() == null ? null : Department.findById(checked.department().id());
        Post post = postFor(company, checked, employment);
        employment.post = post;
        employment.postKind = post.kind;
        employment.operation = post.operation;
        employment.startDate = checked.startDate();
        em().flush();
        return views(List.of(employment), CompanyDirectory.load(company.id)).get(0);
    }

    /** Ends a current employment on {@code endDateText} (not in the future, not before it started); the row stays. */
    @Transactional
    public EmployeeView end(Company company, long employmentId, String endDateText, String reasonText) {
        lockRoster(company.id);
        Employment employment = find(company, employmentId);
        if (!employment.isOpen()) {
            throw new AppException(Response.Status.CONFLICT, "roster:employmentEnded", employment.endDate.toString());
        }
        List<Problem> problems = new ArrayList<>();
        String text = EmployeeRules.text(endDateText);
        LocalDate endDate = null;
        if (text == null) {
            problems.add(Problem.of(RosterField.END_DATE, Code.required));
        } else {
            endDate = Dates.parse(text).orElse(null);
            if (endDate == null) {
                problems.add(Problem.of(RosterField.END_DATE, Code.invalidDate, EmployeeRules.clip(text)));
            } else if (endDate.isBefore(employment.startDate)) {
                problems.add(Problem.of(RosterField.END_DATE, Code.endBeforeStart, employment.startDate));
            } else if (endDate.isAfter(LocalDate.now(CHINA))) {
                problems.add(Problem.of(RosterField.END_DATE, Code.endTooLate));
            }
        }
        String reason = EmployeeRules.text(reasonText);
        if (reason != null && reason.length() > END_REASON_MAX) {
            problems.add(Problem.of(RosterField.END_REASON, Code.tooLong, END_REASON_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        employment.end(endDate, reason);
        em().flush();
        return views(List.of(employment), CompanyDirectory.load(company.id)).get(0);
    }

    /** Employment {@code id} of the company, or 404. */
    static Employment find(Company company, long id) {
        Employment employment = Employment.findById(id);
        if (employment == null || !employment.company.id.equals(company.id)) {
            throw AppException.notFound();
        }
        return employment;
    }

    /**
     * Serialises changes of one company's roster (forms, API, imports) until the transaction ends;
     * other companies are not held up.
     */
    static void lockRoster(long companyId) {
        em().createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock, :company)) held")
                .setParameter("lock", ROSTER_LOCK)
                .setParameter("company", (int) (companyId ^ (companyId >>> 32)))
                .getSingleResult();
    }

    /** Names are compared without blanks and width differences: "张 三" is 张三. */
    static boolean sameName(String a, String b) {
        return CompanyDirectory.key(a).equals(CompanyDirectory.key(b));
    }

    /** The post a checked employee goes to: the one named, else the current one if the kind stays, else the standard one. */
    private Post postFor(Company company, EmployeeRules.Checked checked, Employment current) {
        if (checked.post() != null) {
            return Post.findById(checked.post().id());
        }
        if (current != null && current.post.kind == checked.kind() && current.post.operation == checked.operation()) {
            return current.post;
        }
        return posts.standardPost(company, checked.kind(), checked.operation());
    }

    private String where(Company company, Filter filter, CompanyDirectory directory, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where e.company.id = :company");
        params.put("company", company.id);
        switch (filter.status()) {
            case CURRENT -> where.append(" and e.endDate is null");
            case FORMER -> where.append(" and e.endDate is not null");
            case ALL -> {
            }
        }
        if (filter.departmentId() != null) {
            Set<Long> departments = directory.department(filter.departmentId()).isPresent()
                    ? directory.subtreeOf(filter.departmentId()) : Set.of(-1L);
            where.append(" and e.department.id in :departments");
            params.put("departments", departments);
        }
        if (filter.kind() != null) {
            where.append(" and e.postKind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.q() != null) {
            String like = "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (p.name like :q escape '\\' or p.idNumber like :qUpper escape '\\' or p.phone like :q escape '\\')");
            params.put("q", like);
            params.put("qUpper", like.toUpperCase(java.util.Locale.ROOT));
        }
        return where.toString();
    }

    private List<EmployeeView> views(List<Employment> rows, CompanyDirectory directory) {
        Map<Long, AccountStatus> accounts = new HashMap<>();
        List<Long> personIds = rows.stream().map(e -> e.person.id).distinct().toList();
        if (!personIds.isEmpty()) {
            for (Object[] r : em().createQuery("select a.person.id, a.status from Account a"
                            + " where a.role = ?1 and a.person.id in ?2", Object[].class)
                    .setParameter(1, Role.WORKER).setParameter(2, personIds).getResultList()) {
                accounts.put((Long) r[0], (AccountStatus) r[1]);
            }
        }
        Map<Long, EmployeeView> views = new LinkedHashMap<>();
        for (Employment e : rows) {
            String path = e.department == null ? null
                    : directory.department(e.department.id).map(CompanyDirectory.Dept::path).orElse(e.department.name);
            views.put(e.id, EmployeeView.of(e, path, accounts.get(e.person.id)));
        }
        return new ArrayList<>(views.values());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
