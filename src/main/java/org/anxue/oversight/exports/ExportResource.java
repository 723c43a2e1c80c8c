package org.anxue.oversight.exports;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;
import org.jboss.logging.Logger;

/**
 * {@code /api/oversight/exports}: 一人一档 / 一企一档 exports in the background. POST queues one (202), GET
 * shows its status and progress (and, once DONE, until when its file is kept), {@code /{id}/file} streams the
 * finished file (410 once it expired), {@code POST /{id}/again} exports the same subject again. Only the
 * officer's own bureau sees its jobs: any other bureau gets 404.
 */
@Path("/api/oversight/exports")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    /** {@code kind}: PERSON (with {@code personId}) or COMPANY (with {@code companyId}). */
    public record ExportInput(String kind, Long personId, Long companyId) {
    }

    private final ExportJobs jobs;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ExportResource(ExportJobs jobs, SecurityIdentity identity, DataSource ds) {
        this.jobs = jobs;
        this.identity = identity;
        this.ds = ds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(ExportInput in) {
        Officer officer = Officer.of(identity, ds);
        ExportJobs.Kind kind = kind(in == null ? null : in.kind());
        Long subject = kind == ExportJobs.Kind.PERSON ? in.personId() : in.companyId();
        if (subject == null) {
            throw new AppException(400, "ovx:badExport");
        }
        return Response.status(202).entity(jobs.submit(officer, kind, subject)).build();
    }

    static ExportJobs.Kind kind(String text) {
        try {
            return ExportJobs.Kind.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(400, "ovx:badExport");
        }
    }

    @GET
    public List<ExportJobs.Job> list() {
        return jobs.list(Officer.of(identity, ds));
    }

    @GET
    @Path("/{id}")
    public ExportJobs.Job get(@PathParam("id") long id) {
        return jobs.find(Officer.of(identity, ds), id);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        return download(jobs, Officer.of(identity, ds), id);
    }

    /** Exports the same subject again (after the file expired or the job failed): 202 with the new job. */
    @POST
    @Path("/{id}/again")
    public Response again(@PathParam("id") long id) {
        return Response.status(202).entity(jobs.again(Officer.of(identity, ds), id)).build();
    }

    /**
     * Streams the stored file in 1 MiB pieces from S3. The first piece is read before answering, so that a file
     * deleted by the retention sweep since the status check answers 410 and an unreachable S3 503, not a broken
     * 200.
     */
    static Response download(ExportJobs jobs, Officer officer, long id) {
        ExportJobs.Stored s = jobs.file(officer, id);
        long size = s.job().fileSize();
        String type = s.job().fileName().endsWith(".zip") ? "application/zip" : "application/pdf";
        byte[] first;
        try {
            first = size == 0 ? new byte[0] : jobs.read(s.objectKey(), 0, (int) Math.min(1 << 20, size));
        } catch (UncheckedIOException e) {
            ExportJobs.Job now = jobs.find(officer, id);
            if (now.expired()) {
                throw new AppException(410, "ovx:expired", now.expiredAtText());
            }
            LOG.warnf("export job %d: its file %s could not be read: %s", id, s.objectKey(), e.getCause().getMessage());
            throw new AppException(503, "ovx:fileUnavailable");
        }
        StreamingOutput body = out -> {
            out.write(first);
            for (long at = first.length; at < size; ) {
                int n = (int) Math.min(1 << 20, size - at);
                try {
                    out.write(jobs.read(s.objectKey(), at, n));
                } catch (UncheckedIOException e) {
                    throw new IOException(e.getCause());
                }
                at += n;
            }
        };
        String label = s.job().subjectName() + (type.equals("application/zip") ? "-一企一档.zip" : "-一人一档.pdf");
        return Response.ok(body, type).header("Content-Length", size)
                .header("Content-Disposition", "attachment; filename=\"" + s.job().fileName() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
