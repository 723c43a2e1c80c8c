package org.anxue.org.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.anxue.org.Company;
import org.anxue.org.PostKind;
import org.anxue.org.roster.Employees.Filter;
import org.anxue.org.roster.Employees.Status;
import org.anxue.web.AppException;

/**
 * A company's employees as JSON: list and search, add, change, end an employment, export.
 * Company admins (and their company's API tokens) change their own roster; bureau officers read
 * the rosters of their subtree.
 */
@Path("/api/companies/{companyId}/employees")
@RolesAllowed({"COMPANY_ADMIN", "BUREAU_OFFICER"})
@Produces(MediaType.APPLICATION_JSON)
public class EmployeesResource {

    /**
     * An employee to add or change. {@code postKind}: PRINCIPAL, SAFETY_MANAGER, SPECIAL_OPERATION
     * or GENERAL (or the Chinese name); {@code operation} (e.g. LOW_VOLTAGE_ELECTRICIAN) for
     * special operations; {@code postId} optionally picks one of the company's posts (else the
     * standard post of the kind); {@code startDate} as 2024-03-01. The ID number cannot change.
     */
    public record EmployeeRequest(String name, String idNumber, String phone, Long departmentId, String postKind,
            String operation, Long postId, String startDate) {

        EmployeeDraft draft() {
            return new EmployeeDraft(name, idNumber, false, phone, departmentId, null, postKind, operation, postId, null,
                    startDate);
        }
    }

    /** The end of an employment: the last day, and optionally why. */
    public record EndRequest(String endDate, String reason) {
    }

    @Inject
    RosterAccess access;

    @Inject
    Employees employees;

    @Inject
    RosterExports exports;

    @PathParam("companyId")
    long companyId;

    /** {@code status}: current (default), former or all; {@code q} matches name, ID number or phone. */
    @GET
    @Transactional
    public Employees.Page list(@QueryParam("q") String q, @QueryParam("departmentId") Long departmentId,
            @QueryParam("postKind") String postKind, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return employees.list(access.readable(companyId), filter(q, departmentId, postKind, status), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response add(EmployeeRequest request) {
        Employees.Added added = employees.add(access.writable(companyId), DepartmentsResource.require(request).draft());
        return Response.created(URI.create("/api/companies/" + companyId + "/employees/" + added.employee().id()))
                .entity(added).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Transactional
    public Employees.Detail get(@PathParam("id") long id) {
        return employees.get(access.readable(companyId), id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public EmployeeView update(@PathParam("id") long id, EmployeeRequest request) {
        return employees.update(access.writable(companyId), id, DepartmentsResource.require(request).draft());
    }

    @POST
    @Path("{id: \\d+}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public EmployeeView end(@PathParam("id") long id, EndRequest request) {
        EndRequest r = DepartmentsResource.require(request);
        return employees.end(access.writable(companyId), id, r.endDate(), r.reason());
    }

    /** The list (same filters) as a file: {@code format} xlsx (default) or csv. */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @Transactional
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("q") String q,
            @QueryParam("departmentId") Long departmentId, @QueryParam("postKind") String postKind,
            @QueryParam("status") String status) {
        Company company = access.readable(companyId);
        return exports.export(company, filter(q, departmentId, postKind, status), RosterExports.Format.of(format));
    }

    /** A list filter from query parameters; unknown values are a 400, not an empty list. */
    static Filter filter(String q, Long departmentId, String postKind, String status) {
        PostKind kind = null;
        if (EmployeeRules.text(postKind) != null) {
            kind = EmployeeRules.postKind(postKind).orElseThrow(() ->
                    new AppException(Response.Status.BAD_REQUEST, "roster:unknownPostKind", EmployeeRules.clip(postKind)));
        }
        Status s = Status.CURRENT;
        if (EmployeeRules.text(status) != null) {
            try {
                s = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new AppException(Response.Status.BAD_REQUEST, "roster:unknownStatus", EmployeeRules.clip(status));
            }
        }
        return new Filter(q, departmentId, kind, s);
    }
}
