package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes fields in the canonical byte encoding that every hash and digest of the credit bank is taken over.
 *
 * <p>Every field is text. A present field is written as the length of its UTF-8 bytes (4 bytes, unsigned,
 * big-endian) followed by those bytes; an absent field is written as the 4 bytes {@code FF FF FF FF} and
 * nothing else. The text forms:
 * <ul>
 * <li>text: as stored, no trimming or normalisation;</li>
 * <li>whole numbers: decimal digits, '-' when negative, no leading zeros or '+';</li>
 * <li>hours and scores: plain decimal with exactly two places, '-' when negative ("12.50");</li>
 * <li>booleans: "true" or "false";</li>
 * <li>days: ISO-8601 {@code yyyy-MM-dd};</li>
 * <li>instants: UTC, microsecond precision, {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (always six fraction
 *     digits), which is what a PostgreSQL {@code timestamptz} keeps;</li>
 * <li>enums: the constant's name; hashes: 64 lowercase hex digits.</li>
 * </ul>
 *
 * <p>Not thread-safe; reuse one per thread with {@link #reset()} to avoid allocation.
 */
public final class CanonicalEncoder {

    private static final int ABSENT = 0xFFFFFFFF;

    private byte[] buffer;
    private int size;

    public CanonicalEncoder() {
        this(512);
    }

    public CanonicalEncoder(int initialCapacity) {
        buffer = new byte[initialCapacity];
    }

    public CanonicalEncoder reset() {
        size = 0;
        return this;
    }

    public CanonicalEncoder text(String value) {
        if (value == null) {
            return absent();
        }
        int length = value.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            ensure(4 + length);
            writeLength(length);
            for (int i = 0; i < length; i++) {
                buffer[size++] = (byte) value.charAt(i);
            }
            return this;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + utf8.length);
        writeLength(utf8.length);
        System.arraycopy(utf8, 0, buffer, size, utf8.length);
        size += utf8.length;
        return this;
    }

    public CanonicalEncoder absent() {
        ensure(4);
        writeLength(ABSENT);
        return this;
    }

    public CanonicalEncoder number(long value) {
        return text(Long.toString(value));
    }

    public CanonicalEncoder bool(boolean value) {
        return text(value ? "true" : "false");
    }

    public CanonicalEncoder hours(Hours value) {
        return value == null ? absent() : text(value.canonical());
    }

    /** A decimal with exactly two places (scores); more places are an error, not rounded. */
    public CanonicalEncoder decimal2(BigDecimal value) {
        return value == null ? absent() : text(new Hours(value).canonical());
    }

    public CanonicalEncoder day(LocalDate value) {
        return value == null ? absent() : text(value.toString());
    }

    public CanonicalEncoder instant(Instant value) {
        return value == null ? absent() : text(canonicalInstant(value));
    }

    public CanonicalEncoder name(Enum<?> value) {
        return value == null ? absent() : text(value.name());
    }

    /** The bytes written since the last reset (a copy). */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    byte[] buffer() {
        return buffer;
    }

    int size() {
        return size;
    }

    /** The canonical text of an instant; it must have no precision below the microsecond. */
    public static String canonicalInstant(Instant instant) {
        if (instant.getNano() % 1000 != 0) {
            throw new IllegalArgumentException("instants are kept to the microsecond: " + instant);
        }
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate day = LocalDate.ofEpochDay(days);
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new IllegalArgumentException("instants lie in the years 1000 to 9999: " + instant);
        }
        char[] out = new char[27];
        put(out, 0, day.getYear(), 4);
        out[4] = '-';
        put(out, 5, day.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, day.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        put(out, 20, instant.getNano() / 1000, 6);
        out[26] = 'Z';
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private void writeLength(int length) {
        buffer[size++] = (byte) (length >>> 24);
        buffer[size++] = (byte) (length >>> 16);
        buffer[size++] = (byte) (length >>> 8);
        buffer[size++] = (byte) length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
