package org.anxue.oversight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import javax.sql.DataSource;

/** {@code /oversight}: a bureau officer's landing page, linking to spot exams, plan targets and course review. */
@Path("/oversight")
@RolesAllowed("BUREAU_OFFICER")
public class OversightPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Officer officer);
    }

    private final SecurityIdentity identity;
    private final DataSource ds;

    OversightPages(SecurityIdentity identity, DataSource ds) {
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance landing() {
        return Templates.landing(Officer.of(identity, ds));
    }
}
