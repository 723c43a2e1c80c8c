package org.anxue.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;

/**
 * Platform admins: the course index page (/admin/search) with a rebuild button and its progress
 * bar ({@link SearchAdminApi} has the same as JSON).
 */
@Path("/admin/search")
@RolesAllowed("PLATFORM_ADMIN")
public class SearchAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(SearchAdmin.Status status);
    }

    private final SearchAdmin admin;
    private final IndexRebuild rebuild;
    private final SearchConfig config;
    private final SecurityIdentity identity;

    SearchAdminPages(SearchAdmin admin, IndexRebuild rebuild, SearchConfig config, SecurityIdentity identity) {
        this.admin = admin;
        this.rebuild = rebuild;
        this.config = config;
        this.identity = identity;
    }

    @GET
        @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() throws SQLException {
        return Templates.admin(admin.status());
    }

    /** The form's button: starts a rebuild, back to the page (which shows its progress). */
    @POST
    @Path("rebuilds")
    public Response startFromPage() throws SQLException {
        start();
        return Response.seeOther(URI.create("/admin/search")).build();
    }

    IndexRebuild.Progress start() throws SQLException {
        if (!config.elasticsearchEnabled()) {
            throw new AppException(Response.Status.CONFLICT, "search:elasticsearchDisabled");
        }
        Object name = identity.getAttribute(IdentityAttributes.DISPLAY_NAME);
        try {
            return rebuild.start(name == null ? identity.getPrincipal().getName() : name.toString());
        } catch (IndexRebuild.AlreadyRunning e) {
            throw new AppException(Response.Status.CONFLICT, "search:rebuildRunning");
        } catch (IOException | RuntimeException e) {
            throw new AppException(Response.Status.SERVICE_UNAVAILABLE, "search:rebuildFailed", String.valueOf(e.getMessage()));
        }
    }
}
