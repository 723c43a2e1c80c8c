package org.anxue.org.roster;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.web.AppException;

/** A company's departments: list, create (also inside another), rename, and delete while unused. */
@ApplicationScoped
public class Departments {

    static final int NAME_MAX = 100;

    /** A department as listed: its path, and how many employments (current, and all) name it. */
    public record DepartmentView(long id, String name, String path, Long parentId, long currentEmployees,
            long allEmployees, long children) {
    }

    @Transactional
    public List<DepartmentView> list(Company company) {
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select e.department.id, count(e),"
                        + " sum(case when e.endDate is null then 1 else 0 end) from Employment e"
                        + " where e.company.id = ?1 and e.department is not null group by e.department.id", Object[].class)
                .setParameter(1, company.id).getResultList()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<Long, Long> children = new HashMap<>();
        directory.departments().forEach(d -> {
            if (d.parentId() != null) {
                children.merge(d.parentId(), 1L, Long::sum);
            }
        });
        return directory.departments().stream().map(d -> {
            long[] c = counts.getOrDefault(d.id(), new long[2]);
            return new DepartmentView(d.id(), d.name(), d.path(), d.parentId(), c[1], c[0], children.getOrDefault(d.id(), 0L));
        }).toList();
    }

    @Transactional
    public Department create(Company company, String name, Long parentId) {
        String checked = checkName(name);
        Department parent = null;
        if (parentId != null) {
            parent = find(company, parentId, "roster:unknownParentDepartment");
        }
        refuseTaken(company, parent, checked, null);
        Department department = parent == null ? Department.of(company, checked) : parent.child(checked);
        department.persist();
        flush(checked);
        return department;
    }

    @Transactional
    public Department rename(Company company, long id, String name) {
        Department department = find(company, id, null);
        String checked = checkName(name);
        refuseTaken(company, department.parent, checked, department.id);
        department.name = checked;
        flush(checked);
        return department;
    }

    @Transactional
    public void delete(Company company, long id) {
        Department department = find(company, id, null);
        long used = Panache.getEntityManager()
                .createQuery("select count(e) from Employment e where e.department = ?1", Long.class)
                .setParameter(1, department).getSingleResult();
        if (used > 0) {
            throw new AppException(Response.Status.CONFLICT, "roster:departmentInUse", department.name, Long.toString(used));
        }
        if (Department.count("parent", department) > 0) {
            throw new AppException(Response.Status.CONFLICT, "roster:departmentHasChildren", department.name);
        }
        department.delete();
    }

    /** Department {@code id} of the company; 404 (or 400 with {@code unknownKey}) when the company has none such. */
    static Department find(Company company, long id, String unknownKey) {
        Department department = Department.findById(id);
        if (department == null || !department.company.id.equals(company.id)) {
            throw unknownKey == null ? AppException.notFound()
                    : new AppException(Response.Status.BAD_REQUEST, unknownKey);
        }
        return department;
    }

    private static String checkName(String name) {
        String t = EmployeeRules.text(name);
        if (t == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:departmentNameRequired");
        }
        if (t.length() > NAME_MAX) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:nameTooLong", Integer.toString(NAME_MAX));
        }
        if (t.contains("/") || t.contains("／")) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:departmentNameSlash");
        }
        return t;
    }

    private static void refuseTaken(Company company, Department parent, String name, Long except) {
        String jpql = "select d.id from Department d where d.company = ?1 and d.name = ?2 and "
                + (parent == null ? "d.parent is null" : "d.parent = ?3");
        var query = Panache.getEntityManager().createQuery(jpql, Long.class)
                .setParameter(1, company).setParameter(2, name);
        if (parent != null) {
            query.setParameter(3, parent);
        }
        if (query.getResultStream().anyMatch(id -> !id.equals(except))) {
            throw new AppException(Response.Status.CONFLICT, "roster:departmentNameTaken", name);
        }
    }

    /** Writes now, so that a name taken at the same moment by another request is a 409 here, not a 500 at commit. */
    private static void flush(String name) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            throw new AppException(Response.Status.CONFLICT, "roster:departmentNameTaken", name);
        }
    }
}
