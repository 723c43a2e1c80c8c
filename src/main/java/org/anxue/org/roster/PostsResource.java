package org.anxue.org.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.anxue.org.Post;
import org.anxue.org.roster.Posts.PostView;
import org.anxue.web.AppException;

/** A company's posts (岗位) as JSON: company admins change their own; bureau officers read their subtree's. */
@Path("/api/companies/{companyId}/posts")
@RolesAllowed({"COMPANY_ADMIN", "BUREAU_OFFICER"})
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PostsResource {

    /**
     * A post to create, or a new name for one. {@code kind}: PRINCIPAL, SAFETY_MANAGER,
     * SPECIAL_OPERATION or GENERAL (or the Chinese name); {@code operation} for special operations.
     */
    public record PostRequest(String name, String kind, String operation) {
    }

    @Inject
    RosterAccess access;

    @Inject
    Posts posts;

    @PathParam("companyId")
    long companyId;

    @GET
    public List<PostView> list() {
        return posts.list(access.readable(companyId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PostRequest request) {
        PostRequest r = DepartmentsResource.require(request);
        Post created = posts.create(access.writable(companyId), r.name(), r.kind(), r.operation());
        return Response.created(URI.create("/api/companies/" + companyId + "/posts/" + created.id))
                .entity(view(created.id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView rename(@PathParam("id") long id, PostRequest request) {
        Post renamed = posts.rename(access.writable(companyId), id, DepartmentsResource.require(request).name());
        return view(renamed.id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        posts.delete(access.writable(companyId), id);
        return Response.noContent().build();
    }

    private PostView view(long id) {
        return posts.list(access.readable(companyId)).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(AppException::notFound);
    }
}
