package org.anxue.org.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.anxue.org.Department;
import org.anxue.org.roster.Departments.DepartmentView;
import org.anxue.web.AppException;

/** A company's departments as JSON: company admins change their own; bureau officers read their subtree's. */
@Path("/api/companies/{companyId}/departments")
@RolesAllowed({"COMPANY_ADMIN", "BUREAU_OFFICER"})
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class DepartmentsResource {

    /** A department to create (inside {@code parentId}, when given) or a new name for one. */
    public record DepartmentRequest(String name, Long parentId) {
    }

    @Inject
    RosterAccess access;

    @Inject
    Departments departments;

    @PathParam("companyId")
    long companyId;

    @GET
    public List<DepartmentView> list() {
        return departments.list(access.readable(companyId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DepartmentRequest request) {
        DepartmentRequest r = require(request);
        Department created = departments.create(access.writable(companyId), r.name(), r.parentId());
        return Response.created(URI.create("/api/companies/" + companyId + "/departments/" + created.id))
                .entity(view(created.id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentView rename(@PathParam("id") long id, DepartmentRequest request) {
        Department renamed = departments.rename(access.writable(companyId), id, require(request).name());
        return view(renamed.id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        departments.delete(access.writable(companyId), id);
        return Response.noContent().build();
    }

    private DepartmentView view(long id) {
        return departments.list(access.readable(companyId)).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(AppException::notFound);
    }

    static <T> T require(T body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        return body;
    }
}
