package org.anxue.oversight.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of one report as issued (stored as JSON in {@code oversight_report.figures}).
 *
 * @param byArea one row per county/district directly under the bureau, and one for companies directly under it
 * @param byIndustry one row per industry (the industry's code as key)
 */
public record Figures(String kind, String period, String periodFrom, String periodUntil, long bureauId,
                      String bureauName, List<Row> byArea, List<Row> byIndustry, Row total) {

    /**
     * One row of figures.
     *
     * @param people people currently employed in the row (the population the row describes)
     * @param trained distinct people with a standing online-completion or offline-class entry in the period
     * @param onlineHours credited hours of those online-completion entries
     * @param completions online course completions in the period (standing entries)
     * @param met people whose statement of the period's year is met (reference day: the period's last day)
     * @param judged people the credit bank could compute a statement for
     * @param metPercent 达标率 (one decimal; null when nobody is judged)
     * @param anomalies study-time anomalies recorded in the period
     * @param spotExams spot exams held (inspection date in the period) at companies of the row
     * @param examTakers people examined in them
     * @param examPassed of them, passed
     * @param passPercent pass rate (one decimal; null when nobody was examined)
     */
    public record Row(String key, String name, int people, int trained, BigDecimal onlineHours, int completions,
                      int met, int judged, BigDecimal metPercent, int anomalies, int spotExams, int examTakers,
                      int examPassed, BigDecimal passPercent) {
    }

    static BigDecimal percent(int part, int of) {
        return of == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
