package org.anxue.media;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Presigned S3 GET URLs (AWS Signature Version 4, query-string form, path-style addressing),
 * made without I/O and cheaply: a playlist needs one per segment on every request. The day's
 * signing key is derived once and reused; each URL then costs one SHA-256 and one HMAC.
 */
final class SigV4Presigner {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private record DayKey(String date, byte[] key) {
    }

    private final String origin;
    private final String host;
    private final String bucketPath;
    private final String accessKey;
    private final String secretKey;
    private final String region;
    private volatile DayKey dayKey;

    SigV4Presigner(String endpoint, String accessKey, String secretKey, String region, String bucket) {
        URI uri = URI.create(endpoint);
        boolean defaultPort = uri.getPort() == -1
                || ("http".equals(uri.getScheme()) && uri.getPort() == 80)
                || ("https".equals(uri.getScheme()) && uri.getPort() == 443);
        this.host = defaultPort ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        this.origin = uri.getScheme() + "://" + host;
        this.bucketPath = "/" + encode(bucket, false);
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
    }

    /** A GET URL for {@code key}, signed at {@code now} and valid for {@code ttl} (1 s to 7 days). */
    String presignGet(String key, Duration ttl, Instant now) {
        long expires = Math.max(1, Math.min(ttl.toSeconds(), Duration.ofDays(7).toSeconds()));
        String amzDate = AMZ_DATE.format(now);
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/s3/aws4_request";
        String path = bucketPath + "/" + encode(key, true);
        // Parameters in sorted order, values encoded as S3 canonicalizes them.
        String query = "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=" + encode(accessKey + "/" + scope, false)
                + "&X-Amz-Date=" + amzDate
                + "&X-Amz-Expires=" + expires
                + "&X-Amz-SignedHeaders=host";
        String canonicalRequest = "GET\n" + path + "\n" + query + "\nhost:" + host + "\n\nhost\nUNSIGNED-PAYLOAD";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(SHA256.get().digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        String signature = HEX.formatHex(hmac(signingKey(date), stringToSign));
        return origin + path + "?" + query + "&X-Amz-Signature=" + signature;
    }

    private byte[] signingKey(String date) {
        DayKey current = dayKey;
        if (current == null || !current.date().equals(date)) {
            byte[] k = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
            k = hmac(k, region);
            k = hmac(k, "s3");
            k = hmac(k, "aws4_request");
            current = new DayKey(date, k);
            dayKey = current;
        }
        return current.key();
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    /** S3's URI encoding: unreserved characters stay, every other UTF-8 byte becomes %XX. */
    static String encode(String value, boolean keepSlash) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
