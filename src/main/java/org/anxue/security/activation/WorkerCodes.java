package org.anxue.security.activation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxue.org.Department;
import org.anxue.org.IdentityNumber;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * Activation codes for a company's workers: the pending workers (an account waiting for
 * activation, currently employed by the company) and codes for some of them or for a whole
 * department (with the departments inside it). A company never sees or touches another
 * company's workers: asking for one answers 404 and changes nothing.
 */
@ApplicationScoped
public class WorkerCodes {

    /** A worker waiting for activation, as the company admin sees them. */
    public record PendingWorker(long accountId, String name, String idNumber, Long departmentId, String department,
            String post, Instant codeExpiresAt) {

        /** 331002********0036: enough to tell people apart on a list or a sheet. */
        public String maskedIdNumber() {
            return new IdentityNumber(idNumber).masked();
        }

        public boolean hasLiveCode(Instant now) {
            return codeExpiresAt != null && codeExpiresAt.isAfter(now);
        }
    }

    /** A code just issued to a worker, for the sheet: shown once. */
    public record WorkerCode(PendingWorker worker, String code, Instant expiresAt) {

        public String formatted() {
            return ActivationCode.formatted(code);
        }
    }

    @Inject
    Activations activations;

    /** The company's pending workers, in {@code departmentId} and the departments inside it when given. */
    public List<PendingWorker> pending(long companyId, Long departmentId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select a.id, p.name, p.idNumber, d.id, d.name, po.name, a.activationExpiresAt"
                                + " from Employment e join e.person p join e.post po left join e.department d"
                                + " join Account a on a.person = p"
                                + " where e.company.id = ?1 and e.endDate is null and a.role = ?2 and a.status = ?3"
                                + " order by d.name, p.name, a.id", Object[].class)
                .setParameter(1, companyId)
                .setParameter(2, Role.WORKER)
                .setParameter(3, AccountStatus.PENDING_ACTIVATION)
                .getResultList();
        Set<Long> departments = departmentId == null ? null : departmentAndBelow(companyId, departmentId);
        List<PendingWorker> workers = new ArrayList<>();
        for (Object[] r : rows) {
            Long department = (Long) r[3];
            if (departments == null || (department != null && departments.contains(department))) {
                workers.add(new PendingWorker((Long) r[0], (String) r[1], (String) r[2], department, (String) r[4],
                        (String) r[5], (Instant) r[6]));
            }
        }
        return workers;
    }

    /** The company's departments, by name. */
    public List<Department> departments(long companyId) {
        return Department.list("company.id = ?1 order by name", companyId);
    }

    /**
     * New codes for the company's pending workers {@code accountIds}, or for every pending worker
     * of {@code departmentId} when that is given. Earlier codes of these workers stop working.
     */
    @Transactional
    public List<WorkerCode> issue(long companyId, List<Long> accountIds, Long departmentId) {
        List<PendingWorker> chosen;
        if (departmentId != null) {
            chosen = pending(companyId, departmentId);
        } else {
            Map<Long, PendingWorker> byAccount = new HashMap<>();
            for (PendingWorker worker : pending(companyId, null)) {
                byAccount.put(worker.accountId(), worker);
            }
            chosen = new ArrayList<>();
            for (Long id : new LinkedHashSet<>(accountIds == null ? List.<Long>of() : accountIds)) {
                PendingWorker worker = byAccount.get(id);
                if (worker == null) {
                    throw new AppException(Status.NOT_FOUND, "act:notYourPendingWorker");
                }
                chosen.add(worker);
            }
        }
        if (chosen.isEmpty()) {
            throw new AppException(Status.BAD_REQUEST, "act:noWorkersChosen");
        }
        Map<Long, Account> accounts = new HashMap<>();
        for (Account account : Account.<Account>list("id in ?1", chosen.stream().map(PendingWorker::accountId).toList())) {
            accounts.put(account.id, account);
        }
        Instant now = Instant.now();
        List<WorkerCode> codes = new ArrayList<>(chosen.size());
        for (PendingWorker worker : chosen) {
            Activations.Issued issued = activations.issue(accounts.get(worker.accountId()), now);
            codes.add(new WorkerCode(worker, issued.code(), issued.expiresAt()));
        }
        return codes;
    }

    private static Set<Long> departmentAndBelow(long companyId, long departmentId) {
        Map<Long, List<Long>> children = new HashMap<>();
        boolean found = false;
        for (Department d : Department.<Department>list("company.id", companyId)) {
            found |= d.id == departmentId;
            if (d.parent != null) {
                children.computeIfAbsent(d.parent.id, k -> new ArrayList<>()).add(d.id);
            }
        }
        if (!found) {
            throw AppException.notFound();
        }
        Set<Long> all = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(departmentId));
        while (!queue.isEmpty()) {
            Long next = queue.remove(queue.size() - 1);
            if (all.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return all;
    }
}
