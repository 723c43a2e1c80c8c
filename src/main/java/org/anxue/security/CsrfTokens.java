package org.anxue.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF tokens for the double-submit-cookie defence: a browser gets a random token in a cookie, and
 * every form it posts must repeat that token in a field (or a header, for scripts). A page on
 * another site can make the browser send the cookie but cannot read it, so it cannot repeat it.
 * Tokens are signed with a key derived from the session encryption key, so a token planted in the
 * cookie by a neighbouring subdomain is refused, and every replica accepts every replica's tokens.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The cookie that holds the browser's token. */
    public static final String COOKIE = "anxue-csrf";
    /** The form field that repeats it. */
    public static final String FIELD = "csrf-token";
    /** The header that repeats it, for requests made by scripts. */
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public CsrfTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        byte[] secret;
        if (sessionKey.isPresent()) {
            secret = sessionKey.get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
        }
        key = sha256(concat("anxue-csrf:".getBytes(StandardCharsets.US_ASCII), secret));
    }

    /** A fresh token: random part, a dot, its signature. */
    public String newToken() {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        String random = B64.encodeToString(nonce);
        return random + "." + sign(random);
    }

    /** Whether {@code token} was made by {@link #newToken()} with this key. */
    public boolean isGenuine(String token) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        return constantTimeEquals(sign(token.substring(0, dot)), token.substring(dot + 1));
    }

    /** Whether a request whose cookie holds {@code cookieToken} may go ahead with {@code submitted}. */
    public boolean accepts(String cookieToken, String submitted) {
        return submitted != null && isGenuine(cookieToken) && constantTimeEquals(cookieToken, submitted);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
