package org.anxue.creditbank.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and lowercase hex helpers. */
final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static byte[] of(CanonicalEncoder encoder) {
        MessageDigest digest = newDigest();
        digest.update(encoder.buffer(), 0, encoder.size());
        return digest.digest();
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    static boolean isHash(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} written as lowercase hex equal {@code hex}, without allocating. */
    static boolean equalsHex(byte[] bytes, String hex) {
        if (hex == null || hex.length() != bytes.length * 2) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (hex.charAt(2 * i) != nibble(bytes[i] >> 4) || hex.charAt(2 * i + 1) != nibble(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static char nibble(int value) {
        int v = value & 0xF;
        return (char) (v < 10 ? '0' + v : 'a' + v - 10);
    }
}
