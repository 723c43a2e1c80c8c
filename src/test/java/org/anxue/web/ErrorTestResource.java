package org.anxue.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Endpoints that fail on purpose, deployed only in tests, to exercise {@link ErrorMappers}. */
@Path("/")
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
public class ErrorTestResource {

    /** A feature's own bundle, as features will have them. */
    @MessageBundle(value = "webtest")
    public interface TestMessages {
        @Message("课程《{title}》正在审核，暂不能报名。")
        String courseUnderReview(String title);
    }

    /*
     * English as a Java interface, not as messages/webtest_en.properties: in tests Quarkus reads
     * only one messages/ directory, and a test one would hide the application's.
     */
    @Localized("en")
    public interface EnglishTestMessages extends TestMessages {
        @Override
        @Message("The course \"{title}\" is under review; enrolment is not open yet.")
        String courseUnderReview(String title);
    }

    @GET
    @Path("web-test/conflict/{title}")
    public String conflict(@PathParam("title") String title) {
        throw new AppException(Response.Status.CONFLICT, "webtest:courseUnderReview", title);
    }

    /** Echoes a whole-number query parameter, to see how a value that is not a number is answered. */
    @GET
    @Path("web-test/number")
    public String number(@jakarta.ws.rs.QueryParam("year") Integer year, @jakarta.ws.rs.QueryParam("id") Long id) {
        return year + " " + id;
    }

    @GET
    @Path("web-test/number/{id}")
    public String numberInPath(@PathParam("id") Long id) {
        return String.valueOf(id);
    }

    @GET
    @Path("api/web-test/missing")
    public String missing() {
        throw AppException.notFound();
    }

    @GET
    @Path("web-test/bug")
    public String bug() {
        throw new IllegalStateException("a bug for the error page test");
    }
}
