package org.anxue.org.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.anxue.org.Company;
import org.anxue.web.AppException;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk imports of a company's employees as JSON, for its admins and its API tokens: upload a file
 * (multipart field {@code file}; 202 and the import, checked in the background), poll it, read the
 * per-row report, commit it or discard it. Also the template to fill in.
 */
@Path("/api/companies/{companyId}/employee-imports")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeImportsResource {

    /** The admin's decision: import the valid rows even though some rows have problems. */
    public record CommitRequest(boolean validRowsOnly) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RosterAccess access;

    @Inject
    RosterImports imports;

    @Inject
    WebRequest web;

    @PathParam("companyId")
    long companyId;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        Company company = company();
        if (file == null || file.uploadedFile() == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "roster:fileMissing");
        }
        try {
            ImportView started = imports.start(company, access.accountId(), access.apiTokenId(), file.uploadedFile(),
                    file.fileName(), web.locale());
            return Response.accepted(started)
                    .location(URI.create("/api/companies/" + companyId + "/employee-imports/" + started.id())).build();
        } catch (ImportFileException e) {
            throw new AppException(e.status(), "roster:" + e.key(), e.args().toArray());
        }
    }

    /** The company's latest imports, newest first. */
    @GET
    public List<ImportView> list() {
        return imports.recent(company(), 20, web.locale());
    }

    @GET
    @Path("{id: \\d+}")
    public ImportView get(@PathParam("id") long id) {
        return imports.view(company(), id, web.locale());
    }

    /** The per-row report: {@code problems=true} (default) for the rows with problems only. */
    @GET
    @Path("{id: \\d+}/rows")
    public RosterImports.RowsPage rows(@PathParam("id") long id, @QueryParam("problems") @DefaultValue("true") boolean problems,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("100") int size) {
        return imports.rows(company(), id, problems, page, size, web.locale());
    }

    @POST
    @Path("{id: \\d+}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response commit(@PathParam("id") long id, CommitRequest request) {
        boolean validRowsOnly = request != null && request.validRowsOnly();
        return Response.accepted(imports.commit(company(), id, validRowsOnly, web.locale())).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response discard(@PathParam("id") long id) {
        imports.discard(company(), id, web.locale());
        return Response.noContent().build();
    }

    /** The .xlsx template, with the company's departments and posts in its drop-down lists. */
    @GET
    @Path("template")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Transactional
    public Response template() {
        CompanyDirectory directory = CompanyDirectory.load(access.writable(companyId).id);
        StreamingOutput body = out -> ImportTemplate.write(directory, out);
        return templateResponse(body);
    }

    static Response templateResponse(StreamingOutput body) {
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"roster-import-template.xlsx\";"
                        + " filename*=UTF-8''%E5%91%98%E5%B7%A5%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }

    private Company company() {
        return access.writable(companyId);
    }
}
