package org.anxue.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;

/**
 * The language switch: {@code GET /lang/en?return=/courses} remembers the language in the
 * {@code lang} cookie and goes back to the page, which must be on this site (see {@link LocalPath});
 * any other target leads to the home page.
 */
@Path("/lang")
public class LanguageResource {

    static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    @GET
    @Path("/{tag}")
    public Response switchTo(@PathParam("tag") String tag, @QueryParam("return") String returnTo) {
        Language language = Language.fromTag(tag)
                .orElseThrow(() -> new AppException(Response.Status.NOT_FOUND, "unsupportedLanguage"));
        NewCookie cookie = new NewCookie.Builder(WebRequest.LANG_COOKIE)
                .value(language.tag())
                .path("/")
                .maxAge(COOKIE_MAX_AGE)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(LocalPath.orHome(returnTo))).cookie(cookie).build();
    }
}
