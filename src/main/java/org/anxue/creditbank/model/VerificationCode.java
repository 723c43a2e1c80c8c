package org.anxue.creditbank.model;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The code printed on a statement (and in its QR code) that anyone can check without logging in.
 *
 * <p>Construction: 80 bits from a {@link SecureRandom}, written as 16 characters of the Crockford base-32
 * alphabet {@value #ALPHABET} (no I, L, O, U), followed by 2 check characters: the first 10 bits of
 * SHA-256 over the 16 characters as ASCII. The code says nothing about the person or the statement; it
 * is only a key, so it cannot be derived or guessed (2^80 possibilities, checked online with rate limits).
 * The check characters catch typing mistakes before any lookup. Shown in groups: {@code XXXXXX-XXXXXX-XXXXXX}.
 */
public record VerificationCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BODY = 16;
    private static final int LENGTH = 18;

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !inAlphabet(value) || !checkOf(value.substring(0, BODY)).equals(value.substring(BODY))) {
            throw new IllegalArgumentException("not a verification code");
        }
    }

    /** A new random code. */
    public static VerificationCode random(SecureRandom random) {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        StringBuilder body = new StringBuilder(BODY);
        int buffer = 0;
        int buffered = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            buffered += 8;
            while (buffered >= 5) {
                buffered -= 5;
                body.append(ALPHABET.charAt((buffer >>> buffered) & 0x1F));
            }
        }
        return new VerificationCode(body + checkOf(body.toString()));
    }

    /**
     * Reads a code as a person typed or scanned it: case, spaces and hyphens do not matter, and I/L read as
     * 1 and O as 0. Empty if it is not a well-formed code (wrong length, letters or check characters).
     */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-' -> { }
                case 'I', 'L' -> normal.append('1');
                case 'O' -> normal.append('0');
                default -> normal.append(c);
            }
        }
        String candidate = normal.toString();
        if (candidate.length() != LENGTH || !inAlphabet(candidate)
                || !checkOf(candidate.substring(0, BODY)).equals(candidate.substring(BODY))) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(candidate));
    }

    /** The code in groups of six, as printed. */
    public String display() {
        return value.substring(0, 6) + "-" + value.substring(6, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return display();
    }

    private static boolean inAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String checkOf(String body) {
        byte[] hash = Sha256.newDigest().digest(body.getBytes(StandardCharsets.US_ASCII));
        int tenBits = ((hash[0] & 0xFF) << 2) | ((hash[1] & 0xFF) >>> 6);
        return "" + ALPHABET.charAt(tenBits >>> 5) + ALPHABET.charAt(tenBits & 0x1F);
    }
}
