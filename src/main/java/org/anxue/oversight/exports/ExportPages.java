package org.anxue.oversight.exports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /oversight/exports}: the bureau's exports with forms for a new 一人一档 (by ID number) or 一企一档 (a
 * company of the subtree); {@code /oversight/exports/{id}} polls the progress and offers the download until the
 * file expires, then says it was removed and offers to export again ({@code POST /oversight/exports/{id}/again}).
 */
@Path("/oversight/exports")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class ExportPages {

    public record CompanyOption(long id, String name) {
    }

    /** The retention in whole days and the hours and minutes beyond them, for the sentence above the jobs. */
    public record Retention(long days, long hours, long minutes) {
        static Retention of(java.time.Duration d) {
            return new Retention(d.toDays(), d.toHoursPart(), d.toMinutesPart());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(List<ExportJobs.Job> jobs, List<CompanyOption> companies, Retention retention);

        static native TemplateInstance job(ExportJobs.Job job);
    }

    private final ExportJobs jobs;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ExportPages(ExportJobs jobs, SecurityIdentity identity, DataSource ds) {
        this.jobs = jobs;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance page() {
        Officer officer = Officer.of(identity, ds);
        List<CompanyOption> companies = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select c.id, c.name from company c join bureau b on b.id = c.bureau_id
                where b.path like ? order by c.name limit 1000""")) {
            s.setString(1, officer.path() + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    companies.add(new CompanyOption(r.getLong(1), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Templates.exports(jobs.list(officer), companies, Retention.of(jobs.retention()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestForm String kind, @RestForm String idNumber, @RestForm String companyId) {
        Officer officer = Officer.of(identity, ds);
        ExportJobs.Kind k = ExportResource.kind(kind);
        long subject;
        if (k == ExportJobs.Kind.PERSON) {
            String number = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
            subject = personId(number);
        } else {
            try {
                subject = Long.parseLong(String.valueOf(companyId).strip());
            } catch (NumberFormatException e) {
                throw new AppException(400, "ovx:badExport");
            }
        }
        ExportJobs.Job job = jobs.submit(officer, k, subject);
        return Response.seeOther(URI.create("/oversight/exports/" + job.id())).build();
    }

    private long personId(String idNumber) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select id from person where id_number = ?")) {
            s.setString(1, idNumber);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw AppException.notFound();
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(jobs.find(Officer.of(identity, ds), id));
    }

    /** The one-click re-request of an EXPIRED (or FAILED) job's subject: to the new job's page. */
    @POST
    @Path("/{id}/again")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response again(@PathParam("id") long id) {
        ExportJobs.Job job = jobs.again(Officer.of(identity, ds), id);
        return Response.seeOther(URI.create("/oversight/exports/" + job.id())).build();
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        return ExportResource.download(jobs, Officer.of(identity, ds), id);
    }
}
