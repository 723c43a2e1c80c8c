package org.anxue.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anxue.web.AppException;

/**
 * The public pages of the catalog: the course supermarket (课程超市) and a course's page with its
 * outline, durations, institution and class hours; free-preview lessons play on it for anyone.
 * Also the cover thumbnails and the document links.
 */
@Path("/courses")
public class CatalogPages {

    private static final Pattern COVER_NAME = Pattern.compile("[0-9a-f]{64}\\.jpg");

    /** The supermarket page's data: the page of cards, the filter as given, and paging links. */
    public record SupermarketView(Supermarket.Page page, Supermarket.Filter filter,
                                  List<Supermarket.InstitutionOption> institutions, String previousHref,
                                  String nextHref) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance supermarket(SupermarketView view);

        static native TemplateInstance course(CourseView course, boolean owner, boolean reviewer, boolean hasPreview);
    }

    private final Supermarket supermarket;
    private final CourseViews views;
    private final CourseAccess access;
    private final Watching watching;
    private final CatalogObjects objects;
    private final CatalogConfig config;
    private final SecurityIdentity identity;
    private final jakarta.enterprise.inject.Instance<SupermarketSearch> search;

    CatalogPages(Supermarket supermarket, CourseViews views, CourseAccess access, Watching watching,
                 CatalogObjects objects, CatalogConfig config, SecurityIdentity identity,
                 jakarta.enterprise.inject.Instance<SupermarketSearch> search) {
        this.search = search;
        this.supermarket = supermarket;
        this.views = views;
        this.access = access;
        this.watching = watching;
        this.objects = objects;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance supermarket(@Context UriInfo uri) {
        Map<String, String> params = queryParams(uri);
        if (!CourseDetails.strip(params.get("q")).isEmpty() && search.isResolvable()) {
            return search.get().results(params);
        }
        Supermarket.Filter filter = Supermarket.Filter.parse(params);
        Supermarket.Page page = supermarket.search(filter);
        return Templates.supermarket(new SupermarketView(page, filter, supermarket.institutions(),
                page.hasPrevious() ? pageHref(params, page.page() - 1) : null,
                page.hasNext() ? pageHref(params, page.page() + 1) : null));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance course(@PathParam("id") long id) {
        Course course = Course.findById(id);
        if (course == null || course.published == null) {
            throw new AppException(Response.Status.NOT_FOUND, "catalog:courseNotFound");
        }
        Actor actor = Actor.of(identity);
        CourseView view = views.view(course.published, CourseViews.Audience.PUBLIC);
        boolean preview = view.chapters().stream().flatMap(c -> c.lessons().stream())
                .anyMatch(l -> l.freePreview() && l.ready());
        return Templates.course(view, access.owns(actor, course), access.mayReview(actor, course), preview);
    }

    /**
     * A cover thumbnail, proxied from S3. Covers are small (640x360 JPEG) and public with their
     * course, and their name is their SHA-256, so they are cached for a year: browsers and any CDN
     * keep them, unlike presigned URLs, which change on every page view.
     */
    @GET
    @Path("covers/{name}")
    @Produces("image/jpeg")
    public Response cover(@PathParam("name") String name) {
        if (!COVER_NAME.matcher(name).matches()) {
            throw AppException.notFound();
        }
        byte[] jpeg = objects.readCover(name.substring(0, 64));
        if (jpeg == null) {
            throw AppException.notFound();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(365 * 24 * 3600);
        return Response.ok(jpeg, "image/jpeg").cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }

    /** A document lesson's PDF: 303 to a short-lived S3 URL, for whoever may watch the lesson. */
    @GET
    @Path("{id}/lessons/{lessonId}/document")
    @Transactional
    public Response document(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        Lesson lesson = Lesson.findById(lessonId);
        if (lesson == null || lesson.courseVersion.course.id != id || lesson.documentKey == null) {
            throw new AppException(Response.Status.NOT_FOUND, "catalog:lessonNotFound");
        }
        if (!watching.mayWatch(Actor.of(identity), lesson)) {
            throw new AppException(Response.Status.FORBIDDEN, "catalog:mayNotWatch");
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.seeOther(URI.create(objects.presignedUrl(lesson.documentKey, config.documentUrlTtl())))
                .cacheControl(noStore).build();
    }

    static Map<String, String> queryParams(UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        return params;
    }

    private static String pageHref(Map<String, String> params, int page) {
        StringBuilder href = new StringBuilder("/courses?");
        Map<String, String> copy = new java.util.TreeMap<>(params);
        copy.put("page", Integer.toString(page));
        copy.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                href.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        href.setLength(href.length() - 1);
        return href.toString();
    }
}
