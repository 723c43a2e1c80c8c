package org.anxue.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.anxue.catalog.CatalogInputException;

/**
 * Suggestions as you type: {@code GET /api/courses/suggestions?q=危化&limit=8} → course titles
 * that start with, or contain, what was typed (edge n-grams and bigram phrase prefixes on the
 * title). Empty input gives an empty list.
 */
@Path("/api/courses/suggestions")
public class SuggestionApi {

    static final int MAX_LIMIT = 10;
    static final int MAX_LENGTH = 50;

    private final CourseSearch search;

    SuggestionApi(CourseSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CourseSearch.Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") String limitText) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > MAX_LENGTH) {
            throw CatalogInputException.invalid("q", "queryTooLong", MAX_LENGTH);
        }
        Integer limit = null;
        if (limitText != null && !limitText.isBlank()) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw CatalogInputException.invalid("limit", "badPageSize", limitText);
            }
        }
        if (typed.isEmpty()) {
            return List.of();
        }
        return search.suggest(typed, limit == null ? 8 : limit);
    }
}
