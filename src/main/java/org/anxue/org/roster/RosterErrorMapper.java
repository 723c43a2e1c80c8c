package org.anxue.org.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers {@link InvalidInput} from the JSON API: {@code {"error": "invalidInput", "message": …,
 * "problems": [{"field", "column", "code", "message"}]}} in the caller's language. Pages catch
 * InvalidInput themselves and show the form again.
 */
public class RosterErrorMapper {

    /** One problem of a field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String column, String label, String code, String message) {
    }

    /** The body of a 400 or 409 with field problems. */
    public record Body(String error, String message, List<FieldProblem> problems) {
    }

    @Inject
    RosterText text;

    @Inject
    WebRequest web;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e) {
        List<FieldProblem> problems = e.problems().stream()
                .map(p -> new FieldProblem(p.field().json(), p.field().column(), text.field(web.locale(), p.field()),
                        p.code().name(), text.problem(web.locale(), p)))
                .toList();
        Problem first = e.problems().get(0);
        String message = text.field(web.locale(), first.field()) + text.get(web.locale(), "colon")
                + text.problem(web.locale(), first);
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(e.status() == 409 ? "conflict" : "invalidInput", message, problems)).build();
    }
}
