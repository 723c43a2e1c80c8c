package org.anxue.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anxue.catalog.CatalogInputException;
import org.anxue.catalog.Supermarket;
import org.anxue.catalog.SupermarketSearch;

/**
 * The course supermarket with words in its search box (/courses?q=…): results with highlighted
 * matches, facet counts that link to narrower filters, suggestions as you type, the nearest
 * alternatives when nothing matches, and a notice when the answer comes from PostgreSQL.
 */
@ApplicationScoped
public class SupermarketSearchPage implements SupermarketSearch {

    /** The page's data; the methods build the links of the facets and the pager. */
    public record ResultsView(SearchResult result, Supermarket.Filter filter, CourseSearch.Order order,
                              List<Supermarket.InstitutionOption> institutions, Map<String, String> params) {

        /** This page with a filter set to {@code value}, or removed when it is already set to it. */
        public String with(String name, Object value) {
            Map<String, String> copy = new TreeMap<>(params);
            copy.remove("page");
            String text = String.valueOf(value);
            if (text.equals(copy.get(name))) {
                copy.remove(name);
            } else {
                copy.put(name, text);
            }
            return href(copy);
        }

        public boolean selected(String name, Object value) {
            return String.valueOf(value).equals(params.get(name));
        }

        public String withHours(SearchResult.HoursCount range) {
            Map<String, String> copy = new TreeMap<>(params);
            copy.remove("page");
            if (selectedHours(range)) {
                copy.remove("minHours");
                copy.remove("maxHours");
            } else {
                copy.put("minHours", range.min().toPlainString());
                if (range.max() == null) {
                    copy.remove("maxHours");
                } else {
                    copy.put("maxHours", range.max().toPlainString());
                }
            }
            return href(copy);
        }

        public boolean selectedHours(SearchResult.HoursCount range) {
            return filter.minHours() != null && filter.minHours().compareTo(range.min()) == 0
                    && (range.max() == null ? filter.maxHours() == null
                    : filter.maxHours() != null && filter.maxHours().compareTo(range.max()) == 0);
        }

        public String pageHref(int page) {
            Map<String, String> copy = new TreeMap<>(params);
            copy.put("page", Integer.toString(page));
            return href(copy);
        }

        public String orderName() {
            return order.name();
        }

        private static String href(Map<String, String> params) {
            StringBuilder href = new StringBuilder("/courses?");
            params.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    href.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
                }
            });
            href.setLength(href.length() - 1);
            return href.toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ResultsView view);
    }

    private final CourseSearch search;
    private final Supermarket supermarket;

    SupermarketSearchPage(CourseSearch search, Supermarket supermarket) {
        this.search = search;
        this.supermarket = supermarket;
    }

    @Override
    public TemplateInstance results(Map<String, String> params) {
        Query query = Query.parse(params);
        SearchResult result = search.search(query.filter(), query.order());
        return Templates.results(new ResultsView(result, query.filter(), query.order(), supermarket.institutions(),
                new LinkedHashMap<>(params)));
    }

    /** The supermarket's filter and the order, from query parameters; 400 with every problem. */
    record Query(Supermarket.Filter filter, CourseSearch.Order order) {

        static Query parse(Map<String, String> params) {
            CourseSearch.Order order = CourseSearch.order(params);
            Map<String, String> rest = new LinkedHashMap<>(params);
            rest.remove("sort");
            Supermarket.Filter filter = Supermarket.Filter.parse(rest);
            if (order == null) {
                throw CatalogInputException.invalid("sort", "unknownSort", params.get("sort"));
            }
            return new Query(filter, order);
        }
    }
}
