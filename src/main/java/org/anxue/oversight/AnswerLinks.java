package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.anxue.web.QrCodes;

/** Where people answer: {@code anxue.oversight.answer-url}, else this server's {@code /exam} as the officer's browser reached it. */
@ApplicationScoped
public class AnswerLinks {

    private final OversightConfig config;

    AnswerLinks(OversightConfig config) {
        this.config = config;
    }

    public String base(UriInfo uri) {
        String configured = config.answerUrl().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String root = uri.getBaseUri().toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/exam";
    }

    public String forCode(UriInfo uri, String code) {
        return base(uri) + "/" + code;
    }

    public String qr(UriInfo uri, String code) {
        return QrCodes.svg(forCode(uri, code));
    }
}
