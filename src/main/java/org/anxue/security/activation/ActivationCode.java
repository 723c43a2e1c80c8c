package org.anxue.security.activation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The format and the keyed hash of one-time activation codes. A code is 12 random decimal digits
 * (about 40 bits), printed in groups of four ("4821 0937 5520") so that workers can type it on a
 * phone's number pad; spaces and dashes in what they type are ignored.
 *
 * <p>Only {@code HMAC-SHA256(key, accountId ":" code)} is stored. The key is derived from the
 * session encryption key, which never is in the database: a copy of the database alone does not
 * let anyone test codes offline, and hashing is fast enough to issue codes for a department of
 * thousands in one request (bcrypt, at ~70 ms a code, is not). Guessing online is stopped by the
 * login lockout, which activation attempts count towards.
 */
public final class ActivationCode {

    /** Digits in a code. */
    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public ActivationCode(String sessionKey) {
        key = sha256(("anxue-activation:" + sessionKey).getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh random code, as 12 digits without separators. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** The code in groups of four, for people. */
    public static String formatted(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /** What a person typed, without spaces and dashes; null unless that leaves exactly 12 digits. */
    public static String normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\-\\u3000]", "");
        return digits.matches("[0-9]{" + LENGTH + "}") ? digits : null;
    }

    /** The stored form of {@code code} for account {@code accountId}: 64 hex characters. */
    public String hash(long accountId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((accountId + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code code} is the one whose hash is {@code stored}, in constant time. */
    public boolean matches(long accountId, String code, String stored) {
        if (code == null || stored == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(accountId, code).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
