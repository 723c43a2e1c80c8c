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
 * The company admin's import pages: upload (with the template and the columns explained), and an
 * import's page with its progress bar (the page polls the JSON API while it runs), the per-row
 * report and the decision: import, import the valid rows only, or discard.
 */
@Path(RosterImportPages.PATH)
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.TEXT_HTML)
public class RosterImportPages {

    /** Where the upload page is and where it posts. */
    public static final String PATH = "/company/employees/imports";

    /** The upload page. */
    public record UploadPage(Company company, List<ImportView> recent, String error, String maxSize, long maxBytes,
            int maxRows, String tooLargeMessage) {
    }

    /** An import's page. */
    public record ImportPage(Company company, ImportView imp, RosterImports.RowsPage rows, boolean all, String error) {

        public int previousPage() {
            return rows.page() - 1;
        }

        public int nextPage() {
            return rows.page() + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(UploadPage page);

        static native TemplateInstance report(ImportPage page);
    }

    @Inject
    RosterAccess access;

    @Inject
    RosterImports imports;

    @Inject
    RosterConfig config;

    @Inject
    RosterText text;

    @Inject
    WebRequest web;

    @GET
    public TemplateInstance page() {
        return Templates.upload(uploadPage(access.own(), null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        Company company = access.own();
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400).entity(Templates.upload(uploadPage(company, text.get(web.locale(), "fileMissing"))))
                    .build();
        }
        try {
            ImportView started = imports.start(company, access.accountId(), null, file.uploadedFile(), file.fileName(),
                    web.locale());
            return Response.seeOther(URI.create(PATH + "/" + started.id())).build();
        } catch (ImportFileException e) {
            return Response.status(e.status())
                    .entity(Templates.upload(uploadPage(company, imports.message(e, web.locale())))).build();
        }
    }

    @GET
    @Path("template.xlsx")
    @Produces({EmployeeImportsResource.XLSX, MediaType.TEXT_HTML})
    @Transactional
    public Response template() {
        CompanyDirectory directory = CompanyDirectory.load(access.own().id);
        StreamingOutput body = out -> ImportTemplate.write(directory, out);
        return EmployeeImportsResource.templateResponse(body);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance report(@PathParam("id") long id, @QueryParam("all") boolean all,
            @QueryParam("page") @DefaultValue("1") int page) {
        return Templates.report(importPage(access.own(), id, all, page, null));
    }

    @POST
    @Path("{id: \\d+}/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commit(@PathParam("id") long id, @RestForm boolean validRowsOnly) {
        Company company = access.own();
        try {
            imports.commit(company, id, validRowsOnly, web.locale());
            return Response.seeOther(URI.create(PATH + "/" + id)).build();
        } catch (AppException e) {
            if (!"roster".equals(e.bundle())) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.report(importPage(company, id, false, 1,
                    text.get(web.locale(), e.key(), e.args())))).build();
        }
    }

    @POST
    @Path("{id: \\d+}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") long id) {
        Company company = access.own();
        try {
            imports.discard(company, id, web.locale());
            return Response.seeOther(URI.create(PATH)).build();
        } catch (AppException e) {
            if (!"roster".equals(e.bundle())) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.report(importPage(company, id, false, 1,
                    text.get(web.locale(), e.key(), e.args())))).build();
        }
    }

    private UploadPage uploadPage(Company company, String error) {
        long max = config.importMaxFileSize().asLongValue();
        String maxSize = RosterImports.megabytes(max);
        return new UploadPage(company, imports.recent(company, 10, web.locale()), error, maxSize, max, config.importMaxRows(),
                text.get(web.locale(), "fileTooLarge", maxSize));
    }

    private ImportPage importPage(Company company, long id, boolean all, int page, String error) {
        ImportView view = imports.view(company, id, web.locale());
        RosterImports.RowsPage rows = imports.rows(company, id, !all, page, 100, web.locale());
        return new ImportPage(company, view, rows, all, error);
    }
}
