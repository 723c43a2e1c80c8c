package org.anxue.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin}: the platform administrator's landing page, linking to the areas they run. */
@Path("/admin")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin() {
        return Templates.admin();
    }
}
