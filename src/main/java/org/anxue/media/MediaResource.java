package org.anxue.media;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A processed video: its job state and progress, and signed delivery. The playlist's segments,
 * the MP4 and the poster come straight from S3 through presigned URLs; Anxue never streams video
 * bytes. Who may watch is the {@link PlaybackPolicy}'s decision.
 */
@Path("/api/media/{id}")
@Authenticated
public class MediaResource {

    private static final Logger LOG = Logger.getLogger(MediaResource.class);
    static final String HLS_TYPE = "application/vnd.apple.mpegurl";

    public record MediaView(UUID id, String filename, String state, int progress, String failureCode,
                            String failureReason, Double durationSeconds, String container, String sourceVideoCodec,
                            String sourceAudioCodec, Integer width, Integer height, Boolean remuxed,
                            Instant createdAt, Instant readyAt, String playlistUrl, String mp4Url, String posterUrl) {
        static MediaView of(MediaAsset a) {
            boolean ready = a.state == MediaAsset.State.READY;
            String base = "/api/media/" + a.id;
            return new MediaView(a.id, a.filename, a.state.name(), a.progress, a.failureCode, a.failureReason,
                    a.durationMs == null ? null : a.durationMs / 1000.0, a.container, a.videoCodec, a.audioCodec,
                    a.width, a.height, a.remuxed, a.createdAt, a.readyAt,
                    ready ? base + "/playlist.m3u8" : null, ready ? base + "/mp4" : null,
                    ready ? base + "/poster" : null);
        }
    }

    private final MediaJobs jobs;
    private final PlaybackPolicy policy;
    private final PlaylistSigner signer;
    private final MediaStore store;
    private final MediaConfig config;
    private final SecurityIdentity identity;

    MediaResource(MediaJobs jobs, PlaybackPolicy policy, PlaylistSigner signer, MediaStore store, MediaConfig config,
                  SecurityIdentity identity) {
        this.jobs = jobs;
        this.policy = policy;
        this.signer = signer;
        this.store = store;
        this.config = config;
        this.identity = identity;
    }

    /** Job state and progress (0–100), the failure reason, and what the probe found. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id) {
        MediaAsset asset = find(id);
        boolean owner = MediaOwner.of(identity).ownerId().equals(asset.ownerId);
        if (!owner && !mayWatch(asset)) {
            throw forbidden();
        }
        return Response.ok(MediaView.of(asset)).cacheControl(noStore()).build();
    }

    /** The HLS media playlist with every segment URI a presigned S3 URL (anxue.media.playback-url-ttl). */
    @GET
    @Path("playlist.m3u8")
    @Produces(HLS_TYPE)
    public Response playlist(@PathParam("id") UUID id) {
        MediaAsset asset = watchable(id);
        try {
            return Response.ok(signer.signedPlaylist(id, asset.playlistKey, config.playbackUrlTtl()), HLS_TYPE)
                    .cacheControl(noStore()).build();
        } catch (IOException e) {
            throw unavailable(id, e);
        }
    }

    /** 303 to a presigned URL of the MP4 rendition (S3 answers Range requests with 206). */
    @GET
    @Path("mp4")
    public Response mp4(@PathParam("id") UUID id) {
        return redirect(watchable(id).mp4Key);
    }

    /** 303 to a presigned URL of the poster JPEG. */
    @GET
    @Path("poster")
    public Response poster(@PathParam("id") UUID id) {
        return redirect(watchable(id).posterKey);
    }

    private Response redirect(String key) {
        return Response.seeOther(URI.create(store.presignGet(key, config.playbackUrlTtl())))
                .cacheControl(noStore()).build();
    }

    private MediaAsset watchable(UUID id) {
        MediaAsset asset = find(id);
        if (!mayWatch(asset)) {
            throw forbidden();
        }
        if (asset.state != MediaAsset.State.READY) {
            throw new MediaApiException(Response.Status.CONFLICT, "NOT_READY",
                    "视频尚未就绪 / the video is not ready (" + asset.state + ")");
        }
        return asset;
    }

    private boolean mayWatch(MediaAsset asset) {
        return policy.mayWatch(identity, new PlaybackPolicy.MediaRef(asset.id, asset.ownerId, asset.tenantId));
    }

    private MediaAsset find(UUID id) {
        return jobs.find(id).orElseThrow(() -> MediaApiException.notFound("media " + id));
    }

    private static MediaApiException forbidden() {
        return new MediaApiException(Response.Status.FORBIDDEN, "FORBIDDEN", "无权观看 / you may not watch this video");
    }

    private static MediaApiException unavailable(UUID id, IOException e) {
        LOG.warnf("media %s: object storage failed: %s", id, e.getMessage());
        return new MediaApiException(Response.Status.SERVICE_UNAVAILABLE, "STORAGE_UNAVAILABLE",
                "存储暂时不可用 / object storage is unavailable, try again shortly");
    }

    private static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setPrivate(true);
        return cc;
    }
}
