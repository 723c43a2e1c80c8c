package org.anxue.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on pages, in China Standard Time: {@code {decision.decidedAt.beijingTime}}. */
@TemplateExtension
public final class Formats {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private Formats() {
    }

    /** 2026-03-01 14:05 (Beijing time); empty for no time. */
    public static String beijingTime(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
