package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/**
 * The course supermarket (课程超市): published courses, filtered by industry, post kind, training
 * type, institution, class hours and a plain text filter on title and summary, sorted by newest or
 * most enrolled, in pages. Full-text search is the search feature's (Elasticsearch); this is
 * PostgreSQL only.
 */
@ApplicationScoped
public class Supermarket {

    static final int DEFAULT_SIZE = 12;
    static final int MAX_SIZE = 50;
    static final int QUERY_MAX = 100;

    public enum Sort { NEWEST, ENROLLED }

    /** A checked filter; null fields do not filter. {@code page} is 1-based. */
    public record Filter(Industry industry, PostKind postKind, TrainingType trainingType, Long institution,
                         BigDecimal minHours, BigDecimal maxHours, String q, Sort sort, int page, int size) {

        /** No filter, first page. */
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, Sort.NEWEST, 1, DEFAULT_SIZE);
        }

        /**
         * Reads the query parameters (codes or Chinese names for the enums); 400 with every problem
         * for values that are not understood. Empty parameters are ignored.
         */
        public static Filter parse(Map<String, String> params) {
            List<Problem> problems = new ArrayList<>();
            Industry industry = parse(params, "industry", problems, "unknownIndustry",
                    v -> CourseDetails.industry(v).orElse(null));
            PostKind postKind = parse(params, "postKind", problems, "unknownPostKind",
                    v -> CourseDetails.postKind(v).orElse(null));
            TrainingType type = parse(params, "trainingType", problems, "unknownTrainingType",
                    v -> CourseDetails.trainingType(v).orElse(null));
            Long institution = parse(params, "institution", problems, "badInstitutionFilter", Supermarket::positiveLong);
            BigDecimal min = parse(params, "minHours", problems, "badHoursFilter", Supermarket::hours);
            BigDecimal max = parse(params, "maxHours", problems, "badHoursFilter", Supermarket::hours);
            Sort sort = parse(params, "sort", problems, "unknownSort", v -> {
                for (Sort s : Sort.values()) {
                    if (s.name().equalsIgnoreCase(v)) {
                        return s;
                    }
                }
                return null;
            });
            Long page = parse(params, "page", problems, "badPage", Supermarket::positiveLong);
            Long size = parse(params, "size", problems, "badPageSize", Supermarket::positiveLong);
            if (size != null && size > MAX_SIZE) {
                problems.add(Problem.of("size", "badPageSize", size.toString()));
            }
            if (page != null && page > 100_000) {
                problems.add(Problem.of("page", "badPage", page.toString()));
            }
            String q = CourseDetails.strip(params.get("q"));
            if (q.length() > QUERY_MAX) {
                problems.add(Problem.of("q", "queryTooLong", QUERY_MAX));
            }
            if (!problems.isEmpty()) {
                throw CatalogInputException.invalid(problems);
            }
            return new Filter(industry, postKind, type, institution, min, max, q.isEmpty() ? null : q,
                    sort == null ? Sort.NEWEST : sort, page == null ? 1 : page.intValue(),
                    size == null ? DEFAULT_SIZE : size.intValue());
        }

        private static <T> T parse(Map<String, String> params, String name, List<Problem> problems, String key,
                                   java.util.function.Function<String, T> reader) {
            String value = CourseDetails.strip(params.get(name));
            if (value.isEmpty()) {
                return null;
            }
            T parsed = reader.apply(value);
            if (parsed == null) {
                problems.add(Problem.of(name, key, value));
            }
            return parsed;
        }
    }

    /** One page of cards; {@code total} counts every match. */
    public record Page(List<CourseView.Card> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    /** An institution that has courses in the supermarket, for the filter. */
    public record InstitutionOption(long id, String name) {
    }

    private final EntityManager em;
    private final CourseViews views;

    Supermarket(EntityManager em, CourseViews views) {
        this.em = em;
        this.views = views;
    }

    @Transactional
    public Page search(Filter filter) {
        StringBuilder where = new StringBuilder(" where c.published = v");
        Map<String, Object> params = new HashMap<>();
        if (filter.industry() != null) {
            where.append(" and :industry member of v.industries");
            params.put("industry", filter.industry());
        }
        if (filter.postKind() != null) {
            where.append(" and :postKind member of v.postKinds");
            params.put("postKind", filter.postKind());
        }
        if (filter.trainingType() != null) {
            where.append(" and v.trainingType = :type");
            params.put("type", filter.trainingType());
        }
        if (filter.institution() != null) {
            where.append(" and i.id = :institution");
            params.put("institution", filter.institution());
        }
        if (filter.minHours() != null) {
            where.append(" and v.declaredHours >= :min");
            params.put("min", filter.minHours());
        }
        if (filter.maxHours() != null) {
            where.append(" and v.declaredHours <= :max");
            params.put("max", filter.maxHours());
        }
        if (filter.q() != null) {
            where.append(" and (lower(v.title) like :q escape '\\' or lower(v.summary) like :q escape '\\')");
            params.put("q", "%" + likeEscape(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        String order = filter.sort() == Sort.ENROLLED
                ? " order by c.enrolmentCount desc, v.publishedAt desc, c.id desc"
                : " order by v.publishedAt desc, c.id desc";
        TypedQuery<Long> count = em.createQuery(
                "select count(v) from CourseVersion v join v.course c join c.institution i" + where, Long.class);
        TypedQuery<CourseVersion> rows = em.createQuery(
                "select v from CourseVersion v join fetch v.course c join fetch c.institution i" + where + order,
                CourseVersion.class);
        params.forEach((k, value) -> {
            count.setParameter(k, value);
            rows.setParameter(k, value);
        });
        long total = count.getSingleResult();
        List<CourseView.Card> cards = rows.setFirstResult((filter.page() - 1) * filter.size())
                .setMaxResults(filter.size())
                .getResultList().stream().map(views::card).toList();
        return new Page(cards, total, filter.page(), filter.size());
    }

    /** Institutions with at least one course in the supermarket, by name. */
    @Transactional
    public List<InstitutionOption> institutions() {
        return em.createQuery("""
                select distinct i.id, i.name from Course c join c.institution i
                where c.published is not null order by i.name""", Object[].class)
                .getResultList().stream()
                .map(row -> new InstitutionOption((Long) row[0], (String) row[1]))
                .toList();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Long positiveLong(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal hours(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() >= 0 && value.compareTo(CourseDetails.HOURS_MAX) <= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
