package org.anxue.oversight;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.anxue.oversight.SpotExamViews.Session;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;

/**
 * The phone's JSON API (public; the secret from {@code POST /api/spot-exam-sessions} is sent back in
 * the {@code X-Spot-Exam-Token} header or the {@code anxue-spot-exam} cookie). The questions come
 * without their keys; answers are checked against the deadline on the server.
 */
@Path("/api/spot-exam-sessions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {

    public static final String TOKEN_HEADER = "X-Spot-Exam-Token";

    /** {@code signedIn}: confirm as the signed-in worker instead of name and ID digits. */
    public record StartRequest(String code, String name, String idLast4, Boolean signedIn) {
    }

    public record AnswerRequest(String answer) {
    }

    public record Submission(Map<Integer, String> answers) {
    }

    public record StartedBody(String token, Session session) {
    }

    private final SpotExams exams;
    private final SecurityIdentity identity;

    @Context
    HttpServerRequest request;

    AnswerResource(SpotExams exams, SecurityIdentity identity) {
        this.exams = exams;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartRequest body) {
        StartRequest b = body == null ? new StartRequest(null, null, null, null) : body;
        Long person = Boolean.TRUE.equals(b.signedIn()) && !identity.isAnonymous() && identity.hasRole(Role.WORKER.name())
                && identity.getAttribute(IdentityAttributes.TENANT_ID) instanceof Number n ? n.longValue() : null;
        SpotExamViews.Started started = exams.start(b.code(), b.name(), b.idLast4(), person, SourceAddress.of(request));
        return Response.status(Response.Status.CREATED).entity(new StartedBody(started.token(), started.session()))
                .cookie(new NewCookie.Builder(AnswerPages.COOKIE).value(started.token()).path("/").httpOnly(true)
                        .maxAge(24 * 3600).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    @GET
    @Path("{code}")
    public Session session(@PathParam("code") String code, @HeaderParam(TOKEN_HEADER) String header,
                           @CookieParam(AnswerPages.COOKIE) String cookie) {
        return exams.session(code, header != null ? header : cookie);
    }

    @PUT
    @Path("{code}/answers/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Session answer(@PathParam("code") String code, @PathParam("position") int position, AnswerRequest body,
                          @HeaderParam(TOKEN_HEADER) String header, @CookieParam(AnswerPages.COOKIE) String cookie) {
        return exams.answer(code, header != null ? header : cookie, position, body == null ? null : body.answer());
    }

    @POST
    @Path("{code}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public Session submit(@PathParam("code") String code, Submission body, @HeaderParam(TOKEN_HEADER) String header,
                          @CookieParam(AnswerPages.COOKIE) String cookie) {
        return exams.submit(code, header != null ? header : cookie, body == null ? null : body.answers());
    }
}
