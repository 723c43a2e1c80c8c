package org.anxue.creditbank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A company admin's list of current employees with their status for the year (/credits/company), and a
 * bureau officer's counts for the subtree (/credits/bureau); JSON under /api/credits/company and /api/credits/bureau.
 */
@Path("/")
public class StandingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance company(int year, List<StatusReport.PersonStatus> people);

        static native TemplateInstance bureau(int year, StatusReport.Counts counts);
    }

    private final Standings standings;
    private final CreditBank bank;
    private final SecurityIdentity identity;

    StandingPages(Standings standings, CreditBank bank, SecurityIdentity identity) {
        this.standings = standings;
        this.bank = bank;
        this.identity = identity;
    }

    @GET
    @Path("credits/company")
    @RolesAllowed("COMPANY_ADMIN")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance company(@QueryParam("year") Integer year) {
        List<StatusReport.PersonStatus> people = standings.ofCompany(Caller.of(identity).tenantId(), year);
        return Templates.company(year == null ? bank.today().getYear() : year, people);
    }

    @GET
    @Path("credits/bureau")
    @RolesAllowed("BUREAU_OFFICER")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance bureau(@QueryParam("year") Integer year) {
        StatusReport.Counts counts = standings.ofBureau(Caller.of(identity).tenantId(), year);
        return Templates.bureau(year == null ? bank.today().getYear() : year, counts);
    }
}
