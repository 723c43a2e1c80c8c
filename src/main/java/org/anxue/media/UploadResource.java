package org.anxue.media;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Resumable video uploads straight to S3 (presigned multipart upload). A client creates an
 * upload, asks for part URLs, PUTs each part to S3, lists the parts S3 has after a network drop,
 * and completes; the video is then processed in the background ({@code GET /api/media/{id}}).
 */
@Path("/api/uploads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {

    public record CreateUpload(String filename, long size, String contentType) {
    }

    public record UploadView(UUID id, String filename, long size, String contentType, String status,
                             long partSize, int partCount, Instant createdAt, String mediaUrl) {
        static UploadView of(MediaUpload u) {
            return new UploadView(u.id, u.filename, u.declaredSize, u.contentType, u.status.name(), u.partSize,
                    u.partCount(), u.createdAt, "/api/media/" + u.id);
        }
    }

    public record PartUrlsRequest(List<Integer> partNumbers) {
    }

    public record PartUrls(List<MediaUploads.PartUrl> parts) {
    }

    public record Parts(List<MediaStore.UploadedPart> parts, long uploadedBytes) {
    }

    private final MediaUploads uploads;
    private final SecurityIdentity identity;

    UploadResource(MediaUploads uploads, SecurityIdentity identity) {
        this.uploads = uploads;
        this.identity = identity;
    }

    /** Starts an upload: 201 with the part size and count, 413 when too large, 415 when not a video. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateUpload request) {
        if (request == null) {
            throw new MediaApiException(Response.Status.BAD_REQUEST, "BAD_REQUEST", "需要 filename, size, contentType / filename, size and contentType are required");
        }
        MediaUpload upload = uploads.create(owner(), request.filename(), request.size(), request.contentType());
        return Response.created(URI.create("/api/uploads/" + upload.id)).entity(UploadView.of(upload)).build();
    }

    @GET
    @Path("{id}")
    public UploadView get(@PathParam("id") UUID id) {
        return UploadView.of(uploads.find(owner(), id));
    }

    /** Presigned PUT URLs for the given part numbers (each valid for anxue.media.part-url-ttl). */
    @POST
    @Path("{id}/part-urls")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartUrls partUrls(@PathParam("id") UUID id, PartUrlsRequest request) {
        return new PartUrls(uploads.partUrls(owner(), id, request == null ? null : request.partNumbers()));
    }

    /** The parts S3 already holds: a resuming client uploads only the others. */
    @GET
    @Path("{id}/parts")
    public Parts parts(@PathParam("id") UUID id) {
        List<MediaStore.UploadedPart> parts = uploads.parts(owner(), id);
        return new Parts(parts, parts.stream().mapToLong(MediaStore.UploadedPart::size).sum());
    }

    /**
     * Completes the upload: 202 with the media view; 409 with the missing parts if any. Clients
     * send {@code {}} as JSON (or a CSRF token): the body itself is not read.
     */
    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") UUID id) {
        MediaAsset asset = uploads.complete(owner(), id);
        return Response.accepted(MediaResource.MediaView.of(asset)).location(URI.create("/api/media/" + id)).build();
    }

    /** Aborts the upload; S3 deletes its parts. */
    @DELETE
    @Path("{id}")
    public Response abort(@PathParam("id") UUID id) {
        uploads.abort(owner(), id);
        return Response.noContent().build();
    }

    private MediaOwner owner() {
        return MediaOwner.of(identity);
    }
}
