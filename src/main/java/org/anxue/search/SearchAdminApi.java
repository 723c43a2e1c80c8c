package org.anxue.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import org.anxue.web.AppException;

/**
 * Platform admins, JSON: {@code GET /api/search/status}, {@code POST /api/search/rebuilds} (202
 * with the progress row; 409 while one runs), {@code GET /api/search/rebuilds/{id}} (progress).
 */
@Path("/api/search")
@RolesAllowed("PLATFORM_ADMIN")
public class SearchAdminApi {

    private final SearchAdmin admin;
    private final IndexRebuild rebuild;
    private final SearchAdminPages pages;

    SearchAdminApi(SearchAdmin admin, IndexRebuild rebuild, SearchAdminPages pages) {
        this.admin = admin;
        this.rebuild = rebuild;
        this.pages = pages;
    }

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public SearchAdmin.Status status() throws SQLException {
        return admin.status();
    }

    @POST
    @Path("rebuilds")
    @Produces(MediaType.APPLICATION_JSON)
    public Response startFromApi() throws SQLException {
        IndexRebuild.Progress progress = pages.start();
        return Response.status(Response.Status.ACCEPTED).entity(progress)
                .location(URI.create("/api/search/rebuilds/" + progress.id())).build();
    }

    @GET
    @Path("rebuilds/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public IndexRebuild.Progress progress(@PathParam("id") long id) throws SQLException {
        return rebuild.progress(id).orElseThrow(AppException::notFound);
    }

}
