package org.anxue.learning.playback;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.anxue.learning.time.Anomaly;
import org.anxue.learning.time.CheckingLessonCompletion;
import org.anxue.learning.time.CheckpointOutcome;
import org.anxue.learning.time.CoveredIntervals;
import org.anxue.learning.time.HeartbeatReport;
import org.anxue.learning.time.LessonProgress;
import org.anxue.learning.time.PendingCheckpoint;
import org.anxue.learning.time.PlaybackSession;
import org.anxue.learning.time.TimelineInterval;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.web.AppException;
import org.anxue.web.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The player's API: a worker opens a playback session for a lesson, sends heartbeats and checkpoint
 * answers to it, and closes it. Only for workers, each on their own sessions (anyone else's session
 * is 404). Heartbeats, answers and closes are answered once stored (see {@link PlaybackIngest});
 * the heartbeat route does not hold a thread while it waits.
 *
 * <p>Heartbeats and closes may instead carry the session's heartbeat token ({@link PlaybackTokens})
 * and no cookies: the player's frequent requests then skip the session cookie's per-request
 * account lookup, while each batch still checks under the session's row lock that the worker's
 * account is active.
 *
 * <p>All requests are JSON, which the CSRF filter lets through (a page on another site cannot send
 * JSON without a CORS preflight, which Anxue refuses). The player sends the last heartbeat of a
 * page with {@code fetch(..., {keepalive: true})} and a JSON body; a close with cookies and without
 * a body needs the {@code X-CSRF-Token} header.
 */
@Path("/api/playback-sessions")
@RolesAllowed("WORKER")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybackSessionResource {

    /** A checkpoint question to show; the player pauses until it is answered correctly. */
    public record CheckpointView(String nonce, String question, List<String> options) {
    }

    /** A new session and what the player needs to play it. Times in seconds. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OpenedView(UUID sessionId, long lessonId, long courseId, String state, double videoDurationSeconds,
            double heartbeatIntervalSeconds, double maxPlaybackRate, int maxRangesPerHeartbeat,
            double[][] covered, double coveredSeconds, double coveredShare, boolean lessonComplete,
            double furthestSeconds, CheckpointView checkpoint, UUID supersededSessionId, String heartbeatToken) {
    }

    /**
     * A heartbeat's outcome. {@code repeat}: the sequence had been received before; this is the
     * stored outcome of that first arrival, and nothing was credited now.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HeartbeatView(UUID sessionId, long sequence, String disposition, boolean repeat,
            double creditedSeconds, double sessionCreditedSeconds, double lessonCreditedSeconds, double coveredShare,
            boolean lessonComplete, List<String> anomalies, CheckpointView checkpoint, String state) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AnswerView(UUID sessionId, String disposition, List<String> anomalies, CheckpointView checkpoint,
            String state) {
    }

    public record ClosedView(UUID sessionId, String stateBefore, String state) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    OpeningSessions sessions;

    @Inject
    PlaybackIngest ingest;

    @Inject
    ServerClock clock;

    @Inject
    LearningConfig config;

    @Inject
    CheckpointQuestions questions;

    @Inject
    ErrorResponses errors;

    @Inject
    PlaybackTokens tokens;

    /** Opens a session of {@code lessonId}, superseding the person's open one. */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    public OpenedView open(String body) {
        long lessonId = PlaybackRequests.lessonId(json, body);
        OpeningSessions.Opened opened = sessions.open(personId(), lessonId);
        PlaybackSession session = opened.session();
        CoveredIntervals coverage = opened.coverage();
        long duration = session.videoDurationMillis();
        LessonProgress progress = new CheckingLessonCompletion(config.policy()).progressOf(coverage, duration);
        double[][] covered = coverage.intervals().stream().map(PlaybackSessionResource::secondsOf)
                .toArray(double[][]::new);
        return new OpenedView(session.id().value(), lessonId, opened.video().courseId(), session.state().name(),
                seconds(duration), seconds(config.heartbeatInterval().toMillis()), config.maxPlaybackRate(),
                config.ingest().maxRanges(), covered, seconds(progress.coveredMillis()), progress.coveredShare(),
                progress.complete(), seconds(coverage.furthestCoveredPoint()),
                checkpoint(opened.video().courseId(), session.pendingCheckpoint().orElse(null)),
                opened.superseded().orElse(null), tokens.issue(session.id().value(), personId()));
    }

    /**
     * Judges and stores a heartbeat; answers once it is committed. Idempotent by sequence. The
     * caller is the signed-in worker, or whoever holds the session's heartbeat token.
     */
    @POST
    @PermitAll
    @Path("{id}/heartbeats")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<HeartbeatView> heartbeat(@PathParam("id") String id,
            @HeaderParam(PlaybackTokens.HEADER) String token, String body) {
        UUID sessionId = PlaybackRequests.sessionId(id);
        long person = caller(sessionId, token);
        PlaybackRequests.Heartbeat request = PlaybackRequests.heartbeat(json, body, config.ingest().maxRanges());
        HeartbeatReport report = new HeartbeatReport(request.sequence(), request.playedRanges(), request.clientTime(),
                clock.now());
        return ingest.submit(new IngestCommand.Heartbeat(sessionId, person, report, request.event(),
                        request.playedRangesJson()))
                .thenCompose(result -> {
                    if (!(result instanceof IngestResult.HeartbeatAnswered answered)) {
                        return CompletableFuture.failedFuture(refusal(result));
                    }
                    if (answered.stored().checkpoint() == null) {
                        return CompletableFuture.completedFuture(heartbeatView(answered, null));
                    }
                    // The question bank may block: look the question up off the event loop.
                    return CompletableFuture.supplyAsync(() -> heartbeatView(answered,
                            checkpoint(answered.courseId(), answered.stored().checkpoint())),
                            Infrastructure.getDefaultWorkerPool());
                });
    }

    /** Grades an answer to the pending checkpoint and lets the model judge it. */
    @POST
    @Blocking
    @Path("{id}/checkpoint-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<AnswerView> answer(@PathParam("id") String id, String body) {
        UUID sessionId = PlaybackRequests.sessionId(id);
        PlaybackRequests.Answer request = PlaybackRequests.answer(json, body);
        Instant receivedAt = clock.now();
        long person = personId();
        PlaybackRepository.Owner owner = sessions.owner(sessionId)
                .filter(found -> found.personId() == person)
                .orElseThrow(() -> new AppException(404, "learning:sessionNotFound"));
        boolean correct = questions.isCorrect(owner.courseId(), request.nonce(), request.answer());
        return ingest.submit(new IngestCommand.Answer(sessionId, person, request.nonce(), request.answer(), correct,
                        receivedAt))
                .thenCompose(result -> {
                    if (!(result instanceof IngestResult.CheckpointAnswered answered)) {
                        return CompletableFuture.failedFuture(refusal(result));
                    }
                    CheckpointOutcome outcome = answered.outcome();
                    return CompletableFuture.supplyAsync(() -> new AnswerView(sessionId, outcome.disposition().name(),
                            outcome.anomalies().stream().map(Anomaly::kind).map(Enum::name).toList(),
                            checkpoint(answered.courseId(), outcome.pendingCheckpoint().orElse(null)),
                            outcome.sessionState().name()), Infrastructure.getDefaultWorkerPool());
                });
    }

    /** Ends the session (idempotent); it earns nothing afterwards. Signed-in worker or heartbeat token. */
    @POST
    @PermitAll
    @Path("{id}/close")
    public CompletionStage<ClosedView> close(@PathParam("id") String id, @HeaderParam(PlaybackTokens.HEADER) String token) {
        UUID sessionId = PlaybackRequests.sessionId(id);
        long person = caller(sessionId, token);
        return ingest.submit(new IngestCommand.Close(sessionId, person, clock.now()))
                .thenCompose(result -> {
                    if (!(result instanceof IngestResult.Closed closed)) {
                        return CompletableFuture.failedFuture(refusal(result));
                    }
                    return CompletableFuture.completedFuture(new ClosedView(sessionId,
                            closed.closed().stateBefore().name(), closed.closed().stateAfter().name()));
                });
    }

    /** 503 with Retry-After: nothing was recorded, and the retried request counts once. */
    @ServerExceptionMapper
    public Response unavailable(IngestUnavailableException e) {
        long retryAfter = Math.max(1, (config.ingest().retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(errors.expected(503, LearningMessages.BUNDLE, "busy"))
                .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    private HeartbeatView heartbeatView(IngestResult.HeartbeatAnswered answered, CheckpointView checkpoint) {
        StoredHeartbeat stored = answered.stored();
        double share = Math.min(1.0, (double) stored.lessonCoveredMillis() / answered.videoDurationMillis());
        return new HeartbeatView(stored.sessionId(), stored.sequence(), stored.disposition().name(), answered.repeat(),
                seconds(stored.creditedMillis()), seconds(stored.sessionCreditedMillis()),
                seconds(stored.lessonCoveredMillis()), share, share >= config.completionThreshold(),
                stored.anomalyKinds().stream().map(Enum::name).toList(), checkpoint, stored.sessionState().name());
    }

    private CheckpointView checkpoint(long courseId, PendingCheckpoint pending) {
        if (pending == null) {
            return null;
        }
        CheckpointQuestion question = questions.draw(courseId, pending.nonce());
        return new CheckpointView(pending.nonce(), question.text(), question.options());
    }

    /**
     * Who is asking: the person a genuine heartbeat token of this session names, or else the
     * signed-in worker. A token of another session (or a forged one) names no session of the
     * caller: 404, as for anyone else's session.
     */
    private long caller(UUID sessionId, String token) {
        if (token != null) {
            return tokens.personOf(sessionId, token)
                    .orElseThrow(() -> new AppException(404, "learning:sessionNotFound"));
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Role.WORKER.name())) {
            throw new ForbiddenException();
        }
        return personId();
    }

    /** The error for a command that was not carried out. */
    private static RuntimeException refusal(IngestResult result) {
        if (result instanceof IngestResult.AccountNotActive) {
            return new UnauthorizedException("the worker account is no longer active");
        }
        return new AppException(404, "learning:sessionNotFound");
    }

    /** The signed-in worker's person (workers' tenant is their person). */
    private long personId() {
        return identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    /** An interval as the player takes it: [from, to] in seconds. */
    private static double[] secondsOf(TimelineInterval interval) {
        return new double[] {interval.startSeconds(), interval.endSeconds()};
    }
}
