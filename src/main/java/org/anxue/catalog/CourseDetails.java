package org.anxue.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;
import org.anxue.org.Labelled;

/** A course version's description, checked: see {@link #check}. */
public record CourseDetails(String title, String summary, TrainingType trainingType, BigDecimal declaredHours,
                            int passMark, Set<Industry> industries, Set<PostKind> postKinds) {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final BigDecimal HOURS_MAX = new BigDecimal("999.9");

    /**
     * Checks every field of {@code form} and throws {@link CatalogInputException} (400) listing all
     * problems: a title (1–200 characters), a summary of at most 4000, a training type, declared
     * hours above 0 and at most 999.9 with at most one decimal, a pass mark 1–100, known
     * industries and post kinds (they may be empty in a draft; submission needs them).
     */
    public static CourseDetails check(CourseForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form == null) {
            throw CatalogInputException.invalid(null, "courseRequired");
        }
        String title = strip(form.title());
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "titleRequired"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "titleTooLong", TITLE_MAX));
        }
        String summary = strip(form.summary());
        if (summary.length() > SUMMARY_MAX) {
            problems.add(Problem.of("summary", "summaryTooLong", SUMMARY_MAX));
        }
        TrainingType type = null;
        if (strip(form.trainingType()).isEmpty()) {
            problems.add(Problem.of("trainingType", "trainingTypeRequired"));
        } else {
            type = trainingType(form.trainingType()).orElse(null);
            if (type == null) {
                problems.add(Problem.of("trainingType", "unknownTrainingType", form.trainingType()));
            }
        }
        BigDecimal hours = hours(form.declaredHours(), problems);
        Integer passMark = passMark(form.passMark(), problems);
        Set<Industry> industries = new LinkedHashSet<>();
        for (String value : orEmpty(form.industries())) {
            if (strip(value).isEmpty()) {
                continue;
            }
            industry(value).ifPresentOrElse(industries::add,
                    () -> problems.add(Problem.of("industries", "unknownIndustry", value)));
        }
        Set<PostKind> posts = new LinkedHashSet<>();
        for (String value : orEmpty(form.postKinds())) {
            if (strip(value).isEmpty()) {
                continue;
            }
            postKind(value).ifPresentOrElse(posts::add,
                    () -> problems.add(Problem.of("postKinds", "unknownPostKind", value)));
        }
        if (!problems.isEmpty()) {
            throw CatalogInputException.invalid(problems);
        }
        return new CourseDetails(title, summary, type, hours, passMark, Set.copyOf(industries), Set.copyOf(posts));
    }

    private static BigDecimal hours(String text, List<Problem> problems) {
        String value = strip(text);
        if (value.isEmpty()) {
            problems.add(Problem.of("declaredHours", "hoursRequired"));
            return null;
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.of("declaredHours", "hoursNotANumber", value));
            return null;
        }
        if (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0) {
            problems.add(Problem.of("declaredHours", "hoursOutOfRange", value));
            return null;
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            problems.add(Problem.of("declaredHours", "hoursTooPrecise", value));
            return null;
        }
        return hours.setScale(1);
    }

    private static Integer passMark(String text, List<Problem> problems) {
        String value = strip(text);
        if (value.isEmpty()) {
            problems.add(Problem.of("passMark", "passMarkRequired"));
            return null;
        }
        int mark;
        try {
            mark = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.of("passMark", "passMarkOutOfRange", value));
            return null;
        }
        if (mark < 1 || mark > 100) {
            problems.add(Problem.of("passMark", "passMarkOutOfRange", value));
            return null;
        }
        return mark;
    }

    /**
     * The credit bank's industry tiers the course is for: HIGH_RISK for the five high-risk
     * industries, GENERAL for the others (the credit bank's requirements are set per tier).
     */
    public Set<IndustryTier> industryTiers() {
        Set<IndustryTier> tiers = new LinkedHashSet<>();
        for (Industry industry : industries) {
            tiers.add(industry.highRisk() ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL);
        }
        return tiers;
    }

    /** A training type by code (REFRESHER) or Chinese name (再培训). */
    public static Optional<TrainingType> trainingType(String text) {
        String value = strip(text);
        for (TrainingType t : TrainingType.values()) {
            if (t.name().equalsIgnoreCase(value) || t.label().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** A post kind by code (SAFETY_MANAGER) or Chinese name (安全生产管理人员). */
    public static Optional<PostKind> postKind(String text) {
        String value = strip(text);
        for (PostKind k : PostKind.values()) {
            if (k.name().equalsIgnoreCase(value) || k.label().equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** An industry by code (CHEMICAL) or Chinese name (化工危险化学品). */
    public static Optional<Industry> industry(String text) {
        return Labelled.find(Industry.class, text);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
