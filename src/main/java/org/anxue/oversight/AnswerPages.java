package org.anxue.oversight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.SpotExamViews.Session;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.web.AppException;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;

/**
 * The phone's pages (public, 360 px first): {@code /exam} asks for the code; {@code /exam/{code}}
 * (what the QR code opens) asks who is answering; {@code /exam/{code}/answers} shows the questions
 * with the time left (answers are saved as they are chosen when scripts run, and sent with the
 * form otherwise) or, once handed in, the score. The secret that proves who is answering lives in
 * an HttpOnly cookie.
 */
@Path("/exam")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AnswerPages {

    static final String COOKIE = "anxue-spot-exam";

    /** The identity page: what the code opens, and a message after a failed attempt. */
    public record Entry(String code, String companyName, String place, int minutes, int count, String signedInName,
                        String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(String code, String error);

        static native TemplateInstance entry(Entry entry);

        static native TemplateInstance answers(Session session, String notice);
    }

    private final SpotExams exams;
    private final SecurityIdentity identity;
    private final LocalizedMessages messages;
    private final WebRequest web;
    private final DataSource ds;

    @Context
    HttpServerRequest request;

    AnswerPages(SpotExams exams, SecurityIdentity identity, LocalizedMessages messages, WebRequest web, DataSource ds) {
        this.exams = exams;
        this.identity = identity;
        this.messages = messages;
        this.web = web;
        this.ds = ds;
    }

    @GET
    public Response code(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            String normalized = SpotExams.normalizeCode(code);
            if (normalized != null) {
                return Response.seeOther(URI.create("/exam/" + normalized)).build();
            }
            return page(Response.Status.NOT_FOUND, Templates.code(code.length() > 20 ? "" : code, text("unknownCode")));
        }
        return page(Response.Status.OK, Templates.code("", null));
    }

    @GET
    @Path("{code}")
    public Response entry(@PathParam("code") String code) {
        try {
            return page(Response.Status.OK, Templates.entry(entryFor(code, null)));
        } catch (AppException e) {
            return page(Response.Status.fromStatusCode(e.status()), Templates.code("", message(e)));
        }
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        boolean asSignedIn = "1".equals(form.getFirst("signedIn"));
        try {
            SpotExamViews.Started started = exams.start(code, form.getFirst("name"), form.getFirst("idLast4"),
                    asSignedIn ? workerPersonId() : null, SourceAddress.of(request));
            return Response.seeOther(URI.create("/exam/" + started.session().code() + "/answers"))
                    .cookie(cookie(started.token())).build();
        } catch (AppException e) {
            if (e.status() == 404 || e.status() == 429) {
                return page(Response.Status.fromStatusCode(e.status()), Templates.code("", message(e)));
            }
            Entry entry;
            try {
                entry = entryFor(code, message(e));
            } catch (AppException gone) {
                return page(Response.Status.fromStatusCode(e.status()), Templates.code("", message(e)));
            }
            return page(Response.Status.fromStatusCode(e.status()), Templates.entry(entry));
        }
    }

    @GET
    @Path("{code}/answers")
    public Response answers(@PathParam("code") String code, @CookieParam(COOKIE) String token) {
        Session session;
        try {
            session = exams.session(code, token);
        } catch (AppException e) {
            return Response.seeOther(URI.create("/exam/" + (SpotExams.normalizeCode(code) == null ? "" : SpotExams.normalizeCode(code)))).build();
        }
        return page(Response.Status.OK, Templates.answers(session, null));
    }

    @POST
    @Path("{code}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("code") String code, @CookieParam(COOKIE) String token,
                           MultivaluedMap<String, String> form) {
        Map<Integer, String> answers = new HashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().startsWith("q")) {
                try {
                    answers.put(Integer.parseInt(field.getKey().substring(1)), String.join("", field.getValue()));
                } catch (NumberFormatException ignored) {
                    // not a question field
                }
            }
        }
        try {
            Session session = exams.submit(code, token, answers);
            return page(Response.Status.OK, Templates.answers(session, null));
        } catch (AppException e) {
            if (e.status() == 404) {
                return page(Response.Status.NOT_FOUND, Templates.code("", message(e)));
            }
            Session session = exams.session(code, token);
            return page(Response.Status.fromStatusCode(e.status()), Templates.answers(session, message(e)));
        }
    }

    private Entry entryFor(String code, String error) {
        SpotExamViews.Session preview = exams.preview(code, SourceAddress.of(request));
        String signedIn = null;
        Long person = workerPersonId();
        if (person != null && exams.isTaker(code, person)) {
            signedIn = preview.name();
        }
        return new Entry(preview.code(), preview.companyName(), preview.place(), preview.timeLimitMinutes(),
                preview.questionCount(), signedIn, error);
    }

    private Long workerPersonId() {
        if (identity.isAnonymous() || !identity.hasRole(Role.WORKER.name())) {
            return null;
        }
        Object tenant = identity.getAttribute(IdentityAttributes.TENANT_ID);
        return tenant instanceof Number n ? n.longValue() : null;
    }

    private static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).maxAge(24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private String message(AppException e) {
        return messages.get(web.locale(), e.bundle(), e.key(), e.args());
    }

    private String text(String key) {
        return messages.get(web.locale(), "ovs", key);
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }
}
