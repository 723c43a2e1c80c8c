package org.anxue.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented in the Authorization header. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiTokenRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
