package org.anxue.oversight;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /certificate-check}: the public certificate authenticity check (template in OversightCheckPages/). */
@Path("/certificate-check")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CertificateCheckPage {

    private final CertificateCheck certificates;
    private final CodeRateLimit limit;

    @Context
    HttpServerRequest request;

    CertificateCheckPage(CertificateCheck certificates, CodeRateLimit limit) {
        this.certificates = certificates;
        this.limit = limit;
    }

    @GET
    public TemplateInstance page(@QueryParam("number") String number, @QueryParam("name") String name) {
        CertificateCheck.Answer answer = null;
        if ((number != null && !number.isBlank()) || (name != null && !name.isBlank())) {
            answer = OversightCheckResource.checkCertificate(certificates, limit, SourceAddress.of(request), number, name);
        }
        return OversightCheckPages.Templates.certificate(answer, number, name);
    }
}
