package org.anxue.org.roster;

import io.quarkus.hibernate.orm.panache.Panache;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.web.AppException;

/**
 * A company's posts (岗位): list, create, rename, and delete while unused. An employee added with
 * only a post kind gets the company's standard post of that kind, created on first use and named
 * after the kind (一般从业人员) or the special operation (低压电工作业).
 */
@ApplicationScoped
public class Posts {

    static final int NAME_MAX = 100;

    /** A post as listed, with how many employments (current, and all) are in it. */
    public record PostView(long id, String name, PostKind kind, SpecialOperation operation, long currentEmployees,
            long allEmployees) {

        @JsonProperty
        public String kindLabel() {
            return kind.label();
        }

        @JsonProperty
        public String operationLabel() {
            return operation == null ? null : operation.label();
        }
    }

    @Transactional
    public List<PostView> list(Company company) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select e.post.id, count(e),"
                        + " sum(case when e.endDate is null then 1 else 0 end) from Employment e"
                        + " where e.company.id = ?1 group by e.post.id", Object[].class)
                .setParameter(1, company.id).getResultList()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return CompanyDirectory.load(company.id).posts().stream().map(p -> {
            long[] c = counts.getOrDefault(p.id(), new long[2]);
            return new PostView(p.id(), p.name(), p.kind(), p.operation(), c[1], c[0]);
        }).toList();
    }

    @Transactional
    public Post create(Company company, String name, String kindText, String operationText) {
        String checked = checkName(name);
        PostKind kind = EmployeeRules.text(kindText) == null ? null : EmployeeRules.postKind(kindText).orElse(null);
        if (kind == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:postKindRequired");
        }
        SpecialOperation operation = null;
        if (EmployeeRules.text(operationText) != null) {
            operation = EmployeeRules.operation(operationText).orElseThrow(() ->
                    new AppException(Response.Status.BAD_REQUEST, "roster:unknownOperation", EmployeeRules.clip(operationText)));
        }
        if (kind == PostKind.SPECIAL_OPERATION && operation == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:operationRequired");
        }
        if (kind != PostKind.SPECIAL_OPERATION && operation != null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:operationNotAllowed");
        }
        refuseTaken(company, checked, null);
        Post post = Post.of(company, checked, kind, operation);
        post.persist();
        flush(checked);
        return post;
    }

    @Transactional
    public Post rename(Company company, long id, String name) {
        Post post = find(company, id);
        String checked = checkName(name);
        refuseTaken(company, checked, post.id);
        post.name = checked;
        flush(checked);
        return post;
    }

    @Transactional
    public void delete(Company company, long id) {
        Post post = find(company, id);
        long used = Panache.getEntityManager()
                .createQuery("select count(e) from Employment e where e.post = ?1", Long.class)
                .setParameter(1, post).getSingleResult();
        if (used > 0) {
            throw new AppException(Response.Status.CONFLICT, "roster:postInUse", post.name, Long.toString(used));
        }
        post.delete();
    }

    /**
     * The company's standard post for a kind (its oldest post of exactly that kind and operation),
     * created when there is none yet. Runs in the caller's transaction.
     */
    public Post standardPost(Company company, PostKind kind, SpecialOperation operation) {
        List<Post> existing = operation == null
                ? Post.list("company = ?1 and kind = ?2 and operation is null order by id", company, kind)
                : Post.list("company = ?1 and kind = ?2 and operation = ?3 order by id", company, kind, operation);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Post post = Post.of(company, freeName(company, standardName(kind, operation)), kind, operation);
        post.persist();
        return post;
    }

    /** The name a standard post gets: the operation's name for special operations, else the kind's. */
    static String standardName(PostKind kind, SpecialOperation operation) {
        return operation != null ? operation.label() : kind.label();
    }

    /** {@code name}, or with （2）, （3）… after it when the company has a post of that name already. */
    static String freeName(Company company, String name) {
        String candidate = name;
        for (int n = 2; Post.count("company = ?1 and name = ?2", company, candidate) > 0; n++) {
            candidate = name + "（" + n + "）";
        }
        return candidate;
    }

    static Post find(Company company, long id) {
        Post post = Post.findById(id);
        if (post == null || !post.company.id.equals(company.id)) {
            throw AppException.notFound();
        }
        return post;
    }

    private static String checkName(String name) {
        String t = EmployeeRules.text(name);
        if (t == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:postNameRequired");
        }
        if (t.length() > NAME_MAX) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:nameTooLong", Integer.toString(NAME_MAX));
        }
        return t;
    }

    private static void refuseTaken(Company company, String name, Long except) {
        List<Post> same = Post.list("company = ?1 and name = ?2", company, name);
        if (same.stream().anyMatch(p -> !p.id.equals(except))) {
            throw new AppException(Response.Status.CONFLICT, "roster:postNameTaken", name);
        }
    }

    private static void flush(String name) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            throw new AppException(Response.Status.CONFLICT, "roster:postNameTaken", name);
        }
    }
}
