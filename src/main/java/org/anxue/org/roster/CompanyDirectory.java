package org.anxue.org.roster;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;

/**
 * The departments and posts of one company, loaded once for a form, a list or a whole import, to
 * resolve what a row names: a department by id, by its path ("生产部/一车间") or by a name that only
 * one department has; a post by id or by name; the company's standard post of a kind.
 */
public final class CompanyDirectory {

    /** A department, with its path of names from the top ("生产部/一车间"). */
    public record Dept(long id, Long parentId, String name, String path) {
    }

    /** A post of the company. */
    public record PostRef(long id, String name, PostKind kind, SpecialOperation operation) {
    }

    /** How a department reference resolved. */
    public sealed interface DeptLookup {
        record Found(Dept dept) implements DeptLookup {
        }

        record Unknown() implements DeptLookup {
        }

        record Ambiguous() implements DeptLookup {
        }
    }

    private final long companyId;
    private final Map<Long, Dept> departments;
    private final Map<String, Dept> byPath = new HashMap<>();
    private final Map<String, List<Dept>> byName = new HashMap<>();
    private final Map<Long, PostRef> posts;
    private final Map<String, PostRef> postsByName = new HashMap<>();

    CompanyDirectory(long companyId, Collection<Object[]> departmentRows, Collection<PostRef> postList) {
        this.companyId = companyId;
        Map<Long, Object[]> raw = new HashMap<>();
        for (Object[] row : departmentRows) {
            raw.put((Long) row[0], row);
        }
        Map<Long, Dept> depts = new LinkedHashMap<>();
        for (Object[] row : departmentRows) {
            Dept dept = new Dept((Long) row[0], (Long) row[1], (String) row[2], pathOf((Long) row[0], raw));
            depts.put(dept.id(), dept);
        }
        List<Dept> sorted = new ArrayList<>(depts.values());
        sorted.sort(Comparator.comparing(Dept::path));
        this.departments = new LinkedHashMap<>();
        for (Dept dept : sorted) {
            departments.put(dept.id(), dept);
            byPath.put(key(dept.path()), dept);
            byName.computeIfAbsent(key(dept.name()), k -> new ArrayList<>()).add(dept);
        }
        this.posts = new LinkedHashMap<>();
        postList.stream().sorted(Comparator.comparing(PostRef::name)).forEach(p -> {
            posts.put(p.id(), p);
            postsByName.put(key(p.name()), p);
        });
    }

    /** Loads the departments and posts of {@code companyId}; needs a transaction. */
    public static CompanyDirectory load(long companyId) {
        List<Object[]> departmentRows = Panache.getEntityManager()
                .createQuery("select d.id, p.id, d.name from Department d left join d.parent p where d.company.id = ?1", Object[].class)
                .setParameter(1, companyId).getResultList();
        List<PostRef> posts = Panache.getEntityManager()
                .createQuery("select p.id, p.name, p.kind, p.operation from Post p where p.company.id = ?1", Object[].class)
                .setParameter(1, companyId).getResultList().stream()
                .map(r -> new PostRef((Long) r[0], (String) r[1], (PostKind) r[2], (SpecialOperation) r[3]))
                .toList();
        return new CompanyDirectory(companyId, departmentRows, posts);
    }

    private static String pathOf(Long id, Map<Long, Object[]> raw) {
        List<String> names = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long current = id;
        while (current != null && seen.add(current) && raw.containsKey(current)) {
            Object[] row = raw.get(current);
            names.add(0, (String) row[2]);
            current = (Long) row[1];
        }
        return String.join("/", names);
    }

    public long companyId() {
        return companyId;
    }

    /** Every department, ordered by path (so children follow their parent). */
    public Collection<Dept> departments() {
        return departments.values();
    }

    /** Every post, by name. */
    public Collection<PostRef> posts() {
        return posts.values();
    }

    public Optional<Dept> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    public Optional<PostRef> post(long id) {
        return Optional.ofNullable(posts.get(id));
    }

    public Optional<PostRef> postNamed(String name) {
        return Optional.ofNullable(postsByName.get(key(name)));
    }

    /** A department by its path ("生产部/一车间", also with "／" or " / ") or by a name only one department has. */
    public DeptLookup findDepartment(String text) {
        String wanted = key(text);
        Dept byFullPath = byPath.get(wanted);
        if (byFullPath != null) {
            return new DeptLookup.Found(byFullPath);
        }
        List<Dept> named = byName.getOrDefault(wanted, List.of());
        if (named.size() == 1) {
            return new DeptLookup.Found(named.get(0));
        }
        return named.isEmpty() ? new DeptLookup.Unknown() : new DeptLookup.Ambiguous();
    }

    /** The ids of {@code departmentId} and of every department below it. */
    public Set<Long> subtreeOf(long departmentId) {
        Set<Long> ids = new HashSet<>();
        ids.add(departmentId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dept dept : departments.values()) {
                if (dept.parentId() != null && ids.contains(dept.parentId()) && ids.add(dept.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** The company's standard post for a kind (and operation): its oldest post of exactly that kind. */
    public Optional<PostRef> standardPost(PostKind kind, SpecialOperation operation) {
        return posts.values().stream()
                .filter(p -> p.kind() == kind && p.operation() == operation)
                .min(Comparator.comparingLong(PostRef::id));
    }

    /** Width-folded, blanks dropped, so that "生产部 / 一车间" and "生产部／一车间" match "生产部/一车间". */
    static String key(String text) {
        return text == null ? "" : EmployeeRules.fold(text);
    }
}
