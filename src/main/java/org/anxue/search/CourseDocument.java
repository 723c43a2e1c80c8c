package org.anxue.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published course as the search index holds it: the published version's title, summary and
 * outline (chapter and lesson titles, in order), the institution, the filter fields and what a
 * card shows.
 */
public record CourseDocument(long courseId, long versionId, String title, String summary, List<String> outline,
                             long institutionId, String institutionName, List<String> industries,
                             List<String> postKinds, String trainingType, BigDecimal declaredHours,
                             int enrolmentCount, Instant publishedAt, String coverUrl) {

    /** Highlighting marks matches with U+0001 and U+0002: no indexed text may contain them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u0001', ' ').replace('\u0002', ' ');
    }
}
