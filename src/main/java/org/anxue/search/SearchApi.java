package org.anxue.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Course search as JSON: {@code GET /api/courses/search?q=…} with the supermarket's filters
 * (industry, postKind, trainingType, institution, minHours, maxHours), sort (relevance, newest,
 * enrolled), page and size. Public, like the supermarket.
 */
@Path("/api/courses/search")
public class SearchApi {

    private final CourseSearch search;

    SearchApi(CourseSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResult search(@Context UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        SupermarketSearchPage.Query query = SupermarketSearchPage.Query.parse(params);
        return search.search(query.filter(), query.order());
    }
}
