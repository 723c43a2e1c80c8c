package org.anxue.org.roster;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.anxue.org.Company;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.roster.Posts.PostView;
import org.anxue.web.AppException;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;

/** The company admin's posts page: list, add, rename, delete while unused. */
@Path("/company/posts")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.TEXT_HTML)
public class RosterPostPages {

    /** The page; {@code error} is a refused change, the other fields what the add form had. */
    public record PostsPage(Company company, List<PostView> posts, List<PostKind> kinds, List<SpecialOperation> operations,
            String notice, String error, String name, String kind, String operation) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance posts(PostsPage page);
    }

    @Inject
    RosterAccess access;

    @Inject
    Posts posts;

    @Inject
    RosterText text;

    @Inject
    WebRequest web;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        Company company = access.own();
        String notice = "saved".equals(done) ? text.bundle(web.locale()).saved()
                : "deleted".equals(done) ? text.bundle(web.locale()).deleted() : null;
        return Templates.posts(page(company, notice, null, "", "", ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String kind, @RestForm String operation) {
        Company company = access.own();
        try {
            posts.create(company, name, kind, operation);
            return done("saved");
        } catch (AppException e) {
            return refused(company, e, name, kind, operation);
        }
    }

    @POST
    @Path("{id: \\d+}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @RestForm String name) {
        Company company = access.own();
        try {
            posts.rename(company, id, name);
            return done("saved");
        } catch (AppException e) {
            return refused(company, e, "", "", "");
        }
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        Company company = access.own();
        try {
            posts.delete(company, id);
            return done("deleted");
        } catch (AppException e) {
            return refused(company, e, "", "", "");
        }
    }

    private PostsPage page(Company company, String notice, String error, String name, String kind, String operation) {
        return new PostsPage(company, posts.list(company), Arrays.asList(PostKind.values()),
                Arrays.asList(SpecialOperation.values()), notice, error, name == null ? "" : name,
                kind == null ? "" : kind, operation == null ? "" : operation);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/company/posts?done=" + what)).build();
    }

    private Response refused(Company company, AppException e, String name, String kind, String operation) {
        if (!"roster".equals(e.bundle())) {
            throw e;
        }
        String message = text.get(web.locale(), e.key(), e.args());
        return Response.status(e.status()).entity(Templates.posts(page(company, null, message, name, kind, operation))).build();
    }
}
