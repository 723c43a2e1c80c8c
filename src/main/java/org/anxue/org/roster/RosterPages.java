package org.anxue.org.roster;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.roster.CompanyDirectory.Dept;
import org.anxue.org.roster.CompanyDirectory.PostRef;
import org.anxue.org.roster.Employees.Status;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The company admin's roster pages: the list (search, filters, export), adding an employee, an
 * employee's page (change, end the employment, earlier employment here). Forms post back here
 * with the CSRF token; problems come back next to their fields, in the page language, with a 4xx.
 * The form posts are not transactional themselves: the service's transaction has rolled back
 * when the form is shown again with its problems.
 */
@Path("/company/employees")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.TEXT_HTML)
public class RosterPages {

    /** The list page. */
    public record ListPage(Company company, Employees.Page result, String q, Long departmentId, String kind,
            Status status, Collection<Dept> departments, List<PostKind> kinds, List<Status> statuses, String notice,
            String subNotice, String filterQuery) {

        public boolean isKind(PostKind k) {
            return k.name().equals(kind);
        }

        public boolean hasPrevious() {
            return result.page() > 1;
        }

        public boolean hasNext() {
            return result.page() < result.pages();
        }

        public int previousPage() {
            return result.page() - 1;
        }

        public int nextPage() {
            return result.page() + 1;
        }

        public boolean filtered() {
            return q != null || narrowed();
        }

        /** Filters beyond the search text are set (their box then starts open on phones). */
        public boolean narrowed() {
            return departmentId != null || kind != null || status != Status.CURRENT;
        }
    }

    /** The add or change form, with what it needs for its drop-downs. */
    public record FormPage(String title, String action, boolean isNew, EmployeeForm form, Collection<Dept> departments,
            Collection<PostRef> posts, List<PostKind> kinds, List<SpecialOperation> operations) {
    }

    /** The end-of-employment form. */
    public record EndForm(String endDate, String reason, Map<String, String> errors) {

        public String error(String json) {
            return errors.get(json);
        }
    }

    /** An employee's page: the change form, the end form (while current), earlier employment here. */
    public record EmployeePage(FormPage edit, EmployeeView employee, List<EmployeeView> history, EndForm end, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance form(FormPage page);

        static native TemplateInstance employee(EmployeePage page);
    }

    @Inject
    RosterAccess access;

    @Inject
    Employees employees;

    @Inject
    RosterText text;

    @Inject
    WebRequest web;

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("departmentId") String departmentId,
            @QueryParam("postKind") String postKind, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("added") Long added,
            @QueryParam("account") boolean accountCreated) {
        Company company = access.own();
        Long department = parseId(departmentId);
        PostKind kind = EmployeeRules.text(postKind) == null ? null : EmployeeRules.postKind(postKind).orElse(null);
        Status s = parseStatus(status);
        Employees.Filter filter = new Employees.Filter(q, department, kind, s);
        Employees.Page result = employees.list(company, filter, page, pageSize());
        String notice = null;
        String subNotice = null;
        if (added != null) {
            try {
                notice = text.bundle(web.locale()).added(employees.get(company, added).employee().name());
                subNotice = accountCreated ? text.bundle(web.locale()).accountCreated() : null;
            } catch (RuntimeException e) {
                notice = null;
            }
        }
        return Templates.list(new ListPage(company, result, filter.q(), department, kind == null ? null : kind.name(), s,
                CompanyDirectory.load(company.id).departments(), Arrays.asList(PostKind.values()),
                Arrays.asList(Status.values()), notice, subNotice, filterQuery(filter)));
    }

    @GET
    @Path("new")
    @Transactional
    public TemplateInstance newForm() {
        return Templates.form(formPage(access.own(), EmployeeForm.empty(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String name, @RestForm String idNumber, @RestForm String phone,
            @RestForm String departmentId, @RestForm String postKind, @RestForm String operation,
            @RestForm String postId, @RestForm String startDate) {
        Company company = access.own();
        EmployeeForm form = new EmployeeForm(name, idNumber, phone, departmentId, postKind, operation, postId, startDate,
                Map.of());
        try {
            Employees.Added added = employees.add(company, form.draft());
            return Response.seeOther(URI.create("/company/employees?added=" + added.employee().id()
                    + (added.accountCreated() ? "&account=true" : ""))).build();
        } catch (InvalidInput e) {
            return Response.status(e.status())
                    .entity(Templates.form(formPage(company, form.withErrors(e.problems(), text, web.locale()), null)))
                    .build();
        }
    }

    @GET
    @Path("{id: \\d+}")
    @Transactional
    public TemplateInstance employee(@PathParam("id") long id, @QueryParam("saved") boolean saved,
            @QueryParam("ended") boolean ended) {
        Company company = access.own();
        Employees.Detail detail = employees.get(company, id);
        String notice = saved ? text.bundle(web.locale()).saved()
                : ended ? text.bundle(web.locale()).ended(detail.employee().name()) : null;
        return Templates.employee(employeePage(company, detail, EmployeeForm.of(detail.employee()), emptyEnd(), notice));
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String name, @RestForm String phone,
            @RestForm String departmentId, @RestForm String postKind, @RestForm String operation,
            @RestForm String postId, @RestForm String startDate) {
        Company company = access.own();
        Employees.Detail detail = employees.get(company, id);
        EmployeeForm form = new EmployeeForm(name, detail.employee().idNumber(), phone, departmentId, postKind, operation,
                postId, startDate, Map.of());
        try {
            employees.update(company, id, form.draft());
            return Response.seeOther(URI.create("/company/employees/" + id + "?saved=true")).build();
        } catch (InvalidInput e) {
            return Response.status(e.status()).entity(Templates.employee(employeePage(company, detail,
                    form.withErrors(e.problems(), text, web.locale()), emptyEnd(), null))).build();
        }
    }

    @POST
    @Path("{id: \\d+}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, @RestForm String endDate, @RestForm String reason) {
        Company company = access.own();
        Employees.Detail detail = employees.get(company, id);
        try {
            employees.end(company, id, endDate, reason);
            return Response.seeOther(URI.create("/company/employees/" + id + "?ended=true")).build();
        } catch (InvalidInput e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field().json(), text.problem(web.locale(), p), (a, b) -> a + " " + b));
            return Response.status(e.status()).entity(Templates.employee(employeePage(company, detail,
                    EmployeeForm.of(detail.employee()), new EndForm(endDate, reason, errors), null))).build();
        }
    }

    /** The list (same filters as the page) as .xlsx or .csv. */
    @GET
    @Path("export")
    @Produces({EmployeeImportsResource.XLSX, "text/csv", MediaType.TEXT_HTML})
    @Transactional
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("q") String q,
            @QueryParam("departmentId") String departmentId, @QueryParam("postKind") String postKind,
            @QueryParam("status") String status) {
        return exports.export(access.own(), EmployeesResource.filter(q, parseId(departmentId), postKind, status),
                RosterExports.Format.of(format));
    }

    @Inject
    RosterExports exports;

    @Inject
    RosterConfig config;

    private int pageSize() {
        return config.pageSize();
    }

    private FormPage formPage(Company company, EmployeeForm form, Long employmentId) {
        CompanyDirectory directory = CompanyDirectory.load(company.id);
        boolean isNew = employmentId == null;
        return new FormPage(isNew ? text.bundle(web.locale()).newTitle() : text.bundle(web.locale()).editTitle(form.name()),
                isNew ? "/company/employees" : "/company/employees/" + employmentId, isNew, form,
                directory.departments(), directory.posts(), Arrays.asList(PostKind.values()),
                Arrays.asList(SpecialOperation.values()));
    }

    private EmployeePage employeePage(Company company, Employees.Detail detail, EmployeeForm form, EndForm end,
            String notice) {
        FormPage edit = formPage(company, form, detail.employee().id());
        edit = new FormPage(text.bundle(web.locale()).editTitle(detail.employee().name()), edit.action(), false,
                edit.form(), edit.departments(), edit.posts(), edit.kinds(), edit.operations());
        return new EmployeePage(edit, detail.employee(), detail.history(), end, notice);
    }

    private static EndForm emptyEnd() {
        return new EndForm(java.time.LocalDate.now(Employees.CHINA).toString(), "", Map.of());
    }

    private static Long parseId(String value) {
        String t = EmployeeRules.text(value);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Status parseStatus(String value) {
        String t = EmployeeRules.text(value);
        if (t == null) {
            return Status.CURRENT;
        }
        for (Status s : Status.values()) {
            if (s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return Status.CURRENT;
    }

    /** The filter as a query string (for export links and paging), without the page. */
    static String filterQuery(Employees.Filter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.q() != null) {
            parts.add("q=" + URLEncoder.encode(filter.q(), StandardCharsets.UTF_8));
        }
        if (filter.departmentId() != null) {
            parts.add("departmentId=" + filter.departmentId());
        }
        if (filter.kind() != null) {
            parts.add("postKind=" + filter.kind().name());
        }
        parts.add("status=" + filter.status().name().toLowerCase(java.util.Locale.ROOT));
        return String.join("&", parts);
    }
}
