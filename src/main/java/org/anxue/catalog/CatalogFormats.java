package org.anxue.catalog;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting for the catalog's pages: {@code {cfmt:clock(lesson.durationSeconds)}}. */
@TemplateExtension(namespace = "cfmt")
public class CatalogFormats {

    /** Times are shown in China's time zone, where the bureaus are. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZONE);

    private CatalogFormats() {
    }

    /** 125.4 s → "2:05"; 3725 s → "1:02:05"; null → "". */
    static String clock(Double seconds) {
        return seconds == null ? "" : duration((long) Math.floor(seconds));
    }

    /** A total in seconds: 5400 → "1:30:00". */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Class hours without trailing zeros: 8.0 → "8", 1.5 → "1.5", 0.25 → "0.25". */
    static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    /** A file size: "850 KB", "12.3 MB". */
    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** "2026-11-28 14:05" in China's time. */
    static String time(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** The letter of option {@code index}. */
    static String letter(int index) {
        return QuestionContent.letter(index);
    }
}
