package org.anxue.org.roster;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.anxue.org.Company;
import org.anxue.org.roster.Departments.DepartmentView;
import org.anxue.web.AppException;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;

/** The company admin's departments page: list, add (also inside another), rename, delete while unused. */
@Path("/company/departments")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.TEXT_HTML)
public class RosterDepartmentPages {

    /** The page; {@code error} is a refused change, {@code name}/{@code parentId} what the add form had. */
    public record DepartmentsPage(Company company, List<DepartmentView> departments, String notice, String error,
            String name, String parentId) {

        public boolean isParent(long id) {
            return Long.toString(id).equals(parentId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance departments(DepartmentsPage page);
    }

    @Inject
    RosterAccess access;

    @Inject
    Departments departments;

    @Inject
    RosterText text;

    @Inject
    WebRequest web;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        Company company = access.own();
        return Templates.departments(new DepartmentsPage(company, departments.list(company), notice(done), null, "", ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String parentId) {
        Company company = access.own();
        try {
            departments.create(company, name, parseId(parentId));
            return done("saved");
        } catch (AppException e) {
            return refused(company, e, name, parentId);
        }
    }

    @POST
    @Path("{id: \\d+}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @RestForm String name) {
        Company company = access.own();
        try {
            departments.rename(company, id, name);
            return done("saved");
        } catch (AppException e) {
            return refused(company, e, "", "");
        }
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        Company company = access.own();
        try {
            departments.delete(company, id);
            return done("deleted");
        } catch (AppException e) {
            return refused(company, e, "", "");
        }
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/company/departments?done=" + what)).build();
    }

    /** The page again with the refusal; errors of other bundles (404) go to the error page. */
    private Response refused(Company company, AppException e, String name, String parentId) {
        if (!"roster".equals(e.bundle())) {
            throw e;
        }
        String message = text.get(web.locale(), e.key(), e.args());
        return Response.status(e.status()).entity(Templates.departments(new DepartmentsPage(company,
                departments.list(company), null, message, name == null ? "" : name, parentId == null ? "" : parentId)))
                .build();
    }

    private String notice(String done) {
        if ("saved".equals(done)) {
            return text.bundle(web.locale()).saved();
        }
        return "deleted".equals(done) ? text.bundle(web.locale()).deleted() : null;
    }

    static Long parseId(String value) {
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
}
