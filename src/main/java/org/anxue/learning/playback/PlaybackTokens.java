package org.anxue.learning.playback;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Heartbeat tokens: a signed statement "session S belongs to person P", handed to the player when
 * it opens S (by a signed-in worker). The player sends it as {@code X-Playback-Token} with its
 * heartbeats and its close, without cookies, so that these frequent requests skip the per-request
 * account lookup of the session cookie. What that lookup guarantees still holds: every batch
 * checks, while it holds the session's row lock, that the person's worker account is still
 * active, and refuses the heartbeat otherwise. A token is good for its one session only, which
 * stops earning once closed, superseded or terminated.
 *
 * <p>Signed with HMAC-SHA256 under a key derived from the session encryption key, so every replica
 * accepts every replica's tokens (as with CSRF tokens); a token of another session, another
 * person or another key is refused. Cross-site pages cannot send the custom header without a CORS
 * preflight, which Anxue refuses.
 */
@ApplicationScoped
public class PlaybackTokens {

    /** The request header that carries the token. */
    public static final String HEADER = "X-Playback-Token";

    private static final String VERSION = "p1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    public PlaybackTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        byte[] secret;
        if (sessionKey.isPresent()) {
            secret = sessionKey.get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
        key = sha256(concat("anxue-playback-token:".getBytes(StandardCharsets.US_ASCII), secret));
        macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The token for a person's session: {@code p1.<person id>.<signature>}. */
    public String issue(UUID sessionId, long personId) {
        return VERSION + "." + personId + "." + sign(sessionId, personId);
    }

    /** The person a token speaks for, if it is genuine and made for this session. */
    public OptionalLong personOf(UUID sessionId, String token) {
        if (token == null || token.length() > 100 || !token.startsWith(VERSION + ".")) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.', VERSION.length() + 1);
        if (dot < 0) {
            return OptionalLong.empty();
        }
        long personId;
        try {
            personId = Long.parseLong(token.substring(VERSION.length() + 1, dot));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        byte[] expected = sign(sessionId, personId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? OptionalLong.of(personId) : OptionalLong.empty();
    }

    private String sign(UUID sessionId, long personId) {
        Mac mac = macs.get();
        byte[] message = (VERSION + ":" + sessionId + ":" + personId).getBytes(StandardCharsets.US_ASCII);
        return B64.encodeToString(mac.doFinal(message));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
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
