package org.anxue.creditbank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy page of a bureau officer (/credits/policy) and its API (/api/credits/policy): the version in
 * force (own or inherited), the bureau's own versions, and a new version with a preview of how many people's
 * status would change in the current year before it is saved.
 */
@Path("/")
@RolesAllowed("BUREAU_OFFICER")
public class PolicyPages {

    public record PolicyOverview(PolicyEditing.VersionView inForce, List<PolicyEditing.VersionView> own) {
    }

    public record PolicyPage(PolicyOverview overview, PolicyEditing.VersionView draft, String effectiveFrom,
                             StatusReport.Counts preview) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(PolicyPage page);
    }

    private final PolicyEditing editing;
    private final SecurityIdentity identity;

    PolicyPages(PolicyEditing editing, SecurityIdentity identity) {
        this.editing = editing;
        this.identity = identity;
    }

    @GET
    @Path("credits/policy")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        long bureau = bureau();
        PolicyOverview overview = new PolicyOverview(editing.inForce(bureau), editing.versions(bureau));
        return Templates.policy(new PolicyPage(overview, overview.inForce(), "", null));
    }

    @POST
    @Path("credits/policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form) {
        long bureau = bureau();
        PolicyEditing.Proposal proposal = proposal(form);
        if ("save".equals(form.getFirst("action"))) {
            editing.save(bureau, proposal, Caller.of(identity));
            return Response.seeOther(URI.create("/credits/policy")).build();
        }
        StatusReport.Counts counts = editing.preview(bureau, proposal);
        PolicyOverview overview = new PolicyOverview(editing.inForce(bureau), editing.versions(bureau));
        PolicyEditing.VersionView base = overview.inForce();
        List<PolicyEditing.RequirementView> rows = new ArrayList<>();
        for (PolicyEditing.RequirementInput r : proposal.requirements()) {
            rows.add(new PolicyEditing.RequirementView(r.post(), r.tier(), r.type(), r.requiredHours(), r.onlineShare(),
                    Boolean.TRUE.equals(r.examRequired())));
        }
        PolicyEditing.VersionView draft = new PolicyEditing.VersionView(base.ref(), base.version(), base.jurisdiction(),
                base.effectiveFrom(), proposal.minutesPerHour(), proposal.conversionRatio(), rows);
        return Response.ok(Templates.policy(new PolicyPage(overview, draft, proposal.effectiveFrom(), counts))).build();
    }

    static PolicyEditing.Proposal proposal(MultivaluedMap<String, String> form) {
        List<PolicyEditing.RequirementInput> rows = new ArrayList<>();
        List<String> keys = form.get("key");
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                String[] parts = keys.get(i).split("/");
                if (parts.length != 3) {
                    continue;
                }
                rows.add(new PolicyEditing.RequirementInput(parts[0], parts[1], parts[2], at(form, "requiredHours", i),
                        at(form, "onlineShare", i), keys.get(i).equals(form.getFirst("exam-" + keys.get(i)))
                        || form.containsKey("exam-" + keys.get(i))));
            }
        }
        Integer minutes;
        try {
            minutes = form.getFirst("minutesPerHour") == null ? null : Integer.valueOf(form.getFirst("minutesPerHour").trim());
        } catch (NumberFormatException e) {
            throw new org.anxue.web.AppException(400, "credit:badValue", "minutesPerHour", form.getFirst("minutesPerHour"));
        }
        return new PolicyEditing.Proposal(form.getFirst("effectiveFrom"), minutes, form.getFirst("conversionRatio"), rows,
                form.getFirst("note"));
    }

    private static String at(MultivaluedMap<String, String> form, String name, int i) {
        List<String> values = form.get(name);
        return values == null || values.size() <= i ? null : values.get(i);
    }

    private long bureau() {
        return Caller.of(identity).tenantId();
    }
}
