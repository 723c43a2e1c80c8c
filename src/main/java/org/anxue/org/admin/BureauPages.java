package org.anxue.org.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.util.Optional;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.security.Account;
import org.anxue.security.activation.ActivationLinks;
import org.anxue.security.activation.Activations;
import org.anxue.web.AppException;

/**
 * Pages of the jurisdiction tree (辖区管理) for the platform admin and bureau officers: the tree,
 * one bureau with its children and officers, and the forms that change them. A form that is
 * refused shows the reason on the error page and changes nothing.
 */
@Path("/bureaus")
@RolesAllowed({"BUREAU_OFFICER", "PLATFORM_ADMIN"})
@Produces(MediaType.TEXT_HTML)
public class BureauPages {

    /** A bureau in the tree, indented by its depth. */
    public record Node(Bureau bureau, int depth) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tree(List<Node> nodes, boolean platform, List<BureauLevel> topLevels);

        static native TemplateInstance bureau(Bureau bureau, Bureau parent, List<Bureau> children, boolean managed,
                List<BureauLevel> childLevels, List<Node> moveTargets, List<Account> officers, String done);

        static native TemplateInstance officerCode(Bureau bureau, Activations.Issued issued, String activationUrl);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    BureauTree tree;

    @Inject
    ActivationLinks links;

    @GET
    @Transactional
    public String tree() {
        Jurisdiction j = Jurisdiction.of(identity);
        List<Node> nodes = tree.visible(j).stream().map(b -> new Node(b, j.depthOf(b))).toList();
        return Templates.tree(nodes, j.isEverything(), List.of(BureauLevel.PROVINCE, BureauLevel.CITY)).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String bureau(@PathParam("id") long id, @QueryParam("done") String done) {
        Jurisdiction j = Jurisdiction.of(identity);
        Bureau bureau = tree.find(j, id);
        boolean managed = j.manages(bureau);
        List<Node> targets = managed
                ? tree.visible(j).stream()
                        .filter(b -> !b.path.startsWith(bureau.path) && bureau.level.mayBeUnder(b.level)
                                && (bureau.parent == null || !b.id.equals(bureau.parent.id)))
                        .map(b -> new Node(b, j.depthOf(b))).toList()
                : List.of();
        List<BureauLevel> childLevels = Arrays.stream(BureauLevel.values()).filter(l -> l.mayBeUnder(bureau.level)).toList();
        return Templates.bureau(bureau, j.covers(bureau.parent) ? bureau.parent : null, tree.children(bureau), managed,
                childLevels, targets, tree.officers(j, id), done == null || !done.matches("[a-z]{1,20}") ? null : done).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createTop(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("level") String level) {
        Bureau created = tree.create(Jurisdiction.of(identity), null, code, name, level);
        return Response.seeOther(URI.create("/bureaus/" + created.id + "?done=created")).build();
    }

    @POST
    @Path("{id}/children")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createChild(@PathParam("id") long id, @FormParam("code") String code,
            @FormParam("name") String name, @FormParam("level") String level) {
        Bureau created = tree.create(Jurisdiction.of(identity), id, code, name, level);
        return Response.seeOther(URI.create("/bureaus/" + created.id + "?done=created")).build();
    }

    @POST
    @Path("{id}/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @FormParam("name") String name,
            @FormParam("version") String version) {
        tree.rename(Jurisdiction.of(identity), id, name, number(version).map(Long::intValue).orElse(null));
        return Response.seeOther(URI.create("/bureaus/" + id + "?done=renamed")).build();
    }

    @POST
    @Path("{id}/parent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @FormParam("parentId") String parentId,
            @FormParam("version") String version) {
        tree.move(Jurisdiction.of(identity), id, number(parentId).orElse(null),
                number(version).map(Long::intValue).orElse(null));
        return Response.seeOther(URI.create("/bureaus/" + id + "?done=moved")).build();
    }

    @POST
    @Path("{id}/officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response createOfficer(@PathParam("id") long id, @FormParam("username") String username,
            @FormParam("displayName") String displayName) {
        Caller.requireSignedInPerson(identity);
        Activations.Issued issued = tree.createOfficer(Jurisdiction.of(identity), id, username, displayName);
        return codePage(issued);
    }

    @POST
    @Path("{id}/officers/{accountId}/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response reissue(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        Caller.requireSignedInPerson(identity);
        return codePage(tree.reissueOfficerCode(Jurisdiction.of(identity), id, accountId));
    }

    private Response codePage(Activations.Issued issued) {
        return Response.ok(Templates.officerCode(issued.account().bureau, issued, links.activationUrl()).render())
                .header("Cache-Control", "no-store").build();
    }

    /** A whole number typed in a form; 400 for anything else, empty for nothing. */
    static Optional<Long> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw AppException.badRequest();
        }
    }
}
