package org.anxue.learning.completion;

import io.quarkus.qute.TemplateExtension;

/** Small formats for the learning pages: {@code {learn:letter(0)}} = A, {@code {learn:duration(3725)}} = 1:02:05. */
@TemplateExtension(namespace = "learn")
public final class LearningFormats {

    private LearningFormats() {
    }

    /** The option letter of a 0-based index. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Seconds as h:mm:ss. */
    static String duration(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
