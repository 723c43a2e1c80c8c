package org.anxue.learning.record;

import io.quarkus.qute.TemplateExtension;

/** How study time reads on the record pages: {@code {record.totalCreditedSeconds.seconds}} gives "1:02:05". */
@TemplateExtension
final class StudyTimeFormats {

    private StudyTimeFormats() {
    }

    /** h:mm:ss (or m:ss under an hour), whole seconds rounded down. */
    static String seconds(double seconds) {
        long whole = (long) Math.floor(seconds);
        long h = whole / 3600;
        long m = whole % 3600 / 60;
        long s = whole % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }
}
