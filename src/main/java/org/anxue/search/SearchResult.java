package org.anxue.search;

import java.math.BigDecimal;
import java.util.List;
import org.anxue.catalog.CourseView;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/**
 * One page of search results.
 *
 * @param engine ELASTICSEARCH, or POSTGRES when Elasticsearch is down or absent (simpler matching, no facets)
 * @param alternatives when nothing matches every word: the nearest courses (fewer words must match, then no filters)
 * @param alternativesWithoutFilters whether the alternatives ignore the filters
 */
public record SearchResult(String q, Engine engine, List<Hit> hits, long total, int page, int size, Facets facets,
                           List<Hit> alternatives, boolean alternativesWithoutFilters) {

    public enum Engine { ELASTICSEARCH, POSTGRES }

    /**
     * A matching course. The HTML fields are escaped text in which only {@code <mark>} tags were
     * added around the matches.
     *
     * @param titleHtml the title with its matches marked
     * @param snippetHtml a matching passage of the summary or the outline, or the start of the summary
     */
    public record Hit(CourseView.Card card, String titleHtml, String snippetHtml) {
    }

    public record Facets(List<IndustryCount> industries, List<PostKindCount> postKinds, List<TypeCount> trainingTypes,
                         List<InstitutionCount> institutions, List<HoursCount> hours) {

        public static Facets none() {
            return new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return industries.isEmpty() && postKinds.isEmpty() && trainingTypes.isEmpty() && institutions.isEmpty()
                    && hours.isEmpty();
        }
    }

    public record IndustryCount(Industry value, long count) {
    }

    public record PostKindCount(PostKind value, long count) {
    }

    public record TypeCount(TrainingType value, long count) {
    }

    public record InstitutionCount(long id, String name, long count) {
    }

    /** A class-hours range, both ends included; {@code max} null: no upper end. */
    public record HoursCount(BigDecimal min, BigDecimal max, long count) {
    }

    public boolean fallback() {
        return engine == Engine.POSTGRES;
    }

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
