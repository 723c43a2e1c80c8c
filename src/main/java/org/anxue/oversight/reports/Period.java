package org.anxue.oversight.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.web.AppException;

/**
 * A reporting period: a calendar month ({@code 2026-10}) or a quarter ({@code 2026-Q3}).
 *
 * @param kind MONTH or QUARTER
 */
public record Period(String kind, LocalDate from, LocalDate until) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public static Period month(YearMonth month) {
        return new Period("MONTH", month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period("QUARTER", first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /**
     * Reads {@code 2026-10} or {@code 2026-Q3}; 400 {@code rpt:badPeriod} for anything else or a period that
     * has not ended by {@code today} (reports cover past periods only).
     */
    public static Period parse(String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        Period period = null;
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                period = month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        } else if ((m = QUARTER.matcher(t)).matches()) {
            period = quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (period == null || period.from().getYear() < 2000) {
            throw new AppException(400, "rpt:badPeriod", t);
        }
        if (!period.until().isBefore(today)) {
            throw new AppException(400, "rpt:periodNotOver", t);
        }
        return period;
    }

    /** {@code 2026-10} or {@code 2026-Q3}. */
    public String label() {
        return "MONTH".equals(kind) ? YearMonth.from(from).toString()
                : from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
    }
}
