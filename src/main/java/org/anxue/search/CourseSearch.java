package org.anxue.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxue.catalog.CourseView;
import org.anxue.catalog.Supermarket;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;
import org.jboss.logging.Logger;

/**
 * Full-text course search in Elasticsearch: title, summary, outline and institution name, each
 * analysed twice (smartcn words and cjk bigrams, with the domain synonyms at query time), the
 * supermarket's filters, facet counts, highlighted matches and, when nothing matches, the nearest
 * alternatives. When Elasticsearch is down, absent or has no index yet, {@link PostgresSearch}
 * answers instead.
 */
@ApplicationScoped
public class CourseSearch {

    private static final Logger LOG = Logger.getLogger(CourseSearch.class);
    /** Elasticsearch's max_result_window. */
    static final int MAX_WINDOW = 10_000;
    /** The class-hours facet: ranges with both ends included (hours have one decimal). */
    static final List<BigDecimal[]> HOURS_RANGES = List.of(
            new BigDecimal[] {new BigDecimal("0"), new BigDecimal("2")},
            new BigDecimal[] {new BigDecimal("2.1"), new BigDecimal("4")},
            new BigDecimal[] {new BigDecimal("4.1"), new BigDecimal("8")},
            new BigDecimal[] {new BigDecimal("8.1"), new BigDecimal("16")},
            new BigDecimal[] {new BigDecimal("16.1"), null});

    /** How results are ordered: by relevance (the default with words), newest or most enrolled. */
    public enum Order { RELEVANCE, NEWEST, ENROLLED }

    /** A suggestion as you type. */
    public record Suggestion(long id, String title) {
    }

    private final CourseIndex index;
    private final OutboxWorker worker;
    private final PostgresSearch postgres;
    private final SearchConfig config;
    private final ObjectMapper json;

    CourseSearch(CourseIndex index, OutboxWorker worker, PostgresSearch postgres, SearchConfig config, ObjectMapper json) {
        this.index = index;
        this.worker = worker;
        this.postgres = postgres;
        this.config = config;
        this.json = json;
    }

    public SearchResult search(Supermarket.Filter filter, Order order) {
        if (config.elasticsearchEnabled()) {
            worker.catchUp();
            try {
                return elasticsearch(index.alias(), filter, order);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("search falls back to PostgreSQL: %s", e.getMessage());
            }
        }
        return postgres.search(filter, order);
    }

    /** Searches one index (the alias, or a test index); throws when Elasticsearch does not answer. */
    public SearchResult elasticsearch(String target, Supermarket.Filter filter, Order order) throws IOException {
        return elasticsearch(target, filter, order, Analysis.BOTH);
    }

    /**
     * Which analyses of the text fields a query uses: both (production), or one of them only (the
     * relevance test compares them: the choice of analysers per field is decided by that set).
     */
    enum Analysis { BOTH, WORDS, BIGRAMS }

    SearchResult elasticsearch(String target, Supermarket.Filter filter, Order order, Analysis analysis) throws IOException {
        int from = (filter.page() - 1) * filter.size();
        boolean beyond = from + filter.size() > MAX_WINDOW;
        JsonNode response = index.search(target, query(filter, order, beyond ? 0 : from, beyond ? 0 : filter.size(), Strictness.ALL_WORDS, true, analysis));
        long total = response.path("hits").path("total").path("value").asLong();
        List<SearchResult.Hit> hits = hits(response);
        SearchResult.Facets facets = facets(response.path("aggregations"), filter);
        List<SearchResult.Hit> alternatives = List.of();
        boolean withoutFilters = false;
        if (total == 0 && filter.q() != null) {
            alternatives = hits(index.search(target, query(filter, order, 0, 5, Strictness.SOME_WORDS, false, analysis)));
            if (alternatives.isEmpty() && hasFilters(filter)) {
                Supermarket.Filter unfiltered = new Supermarket.Filter(null, null, null, null, null, null, filter.q(),
                        filter.sort(), 1, 5);
                alternatives = hits(index.search(target, query(unfiltered, order, 0, 5, Strictness.SOME_WORDS, false, analysis)));
                withoutFilters = !alternatives.isEmpty();
            }
        }
        return new SearchResult(filter.q(), SearchResult.Engine.ELASTICSEARCH, hits, total, filter.page(),
                filter.size(), facets, alternatives, withoutFilters);
    }

    /** Up to {@code limit} course titles for what has been typed so far. */
    public List<Suggestion> suggest(String prefix, int limit) {
        if (config.elasticsearchEnabled()) {
            worker.catchUp();
            try {
                return suggest(index.alias(), prefix, limit);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("suggestions fall back to PostgreSQL: %s", e.getMessage());
            }
        }
        return postgres.suggest(prefix, limit);
    }

    public List<Suggestion> suggest(String target, String prefix, int limit) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("size", limit);
        body.putArray("_source").add("courseId").add("title");
        ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
        should.addObject().putObject("match").putObject("title.prefix").put("query", prefix).put("boost", 3);
        should.addObject().putObject("match_phrase_prefix").putObject("title.cjk").put("query", prefix).put("boost", 2);
        should.addObject().putObject("match").putObject("title.cjk").put("query", prefix).put("operator", "and");
        should.addObject().putObject("match").putObject("title").put("query", prefix).put("operator", "and");
        List<Suggestion> suggestions = new ArrayList<>();
        for (JsonNode hit : index.search(target, body).path("hits").path("hits")) {
            suggestions.add(new Suggestion(hit.path("_source").path("courseId").asLong(),
                    hit.path("_source").path("title").asText()));
        }
        return suggestions;
    }

    enum Strictness { ALL_WORDS, SOME_WORDS }

    ObjectNode query(Supermarket.Filter filter, Order order, int from, int size, Strictness strictness, boolean aggregate,
                     Analysis analysis) {
        ObjectNode body = json.createObjectNode();
        body.put("from", from);
        body.put("size", size);
        body.put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (filter.q() == null) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            bool.putArray("must").add(text(filter.q(), strictness, analysis));
        }
        ArrayNode filters = json.createArrayNode();
        for (String facet : FACETS) {
            ObjectNode clause = filterClause(filter, facet);
            if (clause != null) {
                filters.add(clause);
            }
        }
        if (aggregate) {
            // Facets count each value under every filter but their own (so other values stay visible):
            // the filters go into post_filter and each aggregation carries the others.
            body.putObject("post_filter").putObject("bool").set("filter", filters);
            ObjectNode aggs = body.putObject("aggs");
            for (String facet : FACETS) {
                ArrayNode others = json.createArrayNode();
                for (String other : FACETS) {
                    ObjectNode clause = other.equals(facet) ? null : filterClause(filter, other);
                    if (clause != null) {
                        others.add(clause);
                    }
                }
                ObjectNode agg = aggs.putObject(facet);
                agg.putObject("filter").putObject("bool").set("filter", others);
                ObjectNode values = agg.putObject("aggs").putObject("values");
                switch (facet) {
                    case "industry" -> values.putObject("terms").put("field", "industries").put("size", 20);
                    case "postKind" -> values.putObject("terms").put("field", "postKinds").put("size", 20);
                    case "trainingType" -> values.putObject("terms").put("field", "trainingType").put("size", 20);
                    case "institution" -> {
                        values.putObject("terms").put("field", "institutionId").put("size", 30);
                        values.putObject("aggs").putObject("name").putObject("terms").put("field", "institutionName.raw").put("size", 1);
                    }
                    case "hours" -> {
                        ObjectNode range = values.putObject("range").put("field", "declaredHours");
                        ArrayNode ranges = range.putArray("ranges");
                        for (BigDecimal[] r : HOURS_RANGES) {
                            ObjectNode bucket = ranges.addObject().put("from", r[0].doubleValue());
                            if (r[1] != null) {
                                bucket.put("to", r[1].add(new BigDecimal("0.05")).doubleValue());
                            }
                        }
                    }
                    default -> throw new IllegalStateException(facet);
                }
            }
        } else {
            bool.set("filter", filters);
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add(Highlights.START);
        highlight.putArray("post_tags").add(Highlights.END);
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject("title").put("number_of_fragments", 0);
        fields.putObject("title.cjk").put("number_of_fragments", 0);
        for (String f : List.of("summary", "summary.cjk", "outline", "outline.cjk")) {
            fields.putObject(f).put("fragment_size", 60).put("number_of_fragments", 1);
        }
        ArrayNode sort = body.putArray("sort");
        if (order == Order.NEWEST || filter.q() == null && order == Order.RELEVANCE) {
            sort.addObject().put("publishedAt", "desc");
        } else if (order == Order.ENROLLED) {
            sort.addObject().put("enrolmentCount", "desc");
            sort.addObject().put("publishedAt", "desc");
        } else {
            sort.add("_score");
            sort.addObject().put("enrolmentCount", "desc");
        }
        sort.addObject().put("courseId", "desc");
        return body;
    }

    private static final List<String> FACETS = List.of("industry", "postKind", "trainingType", "institution", "hours");

    private ObjectNode filterClause(Supermarket.Filter filter, String facet) {
        return switch (facet) {
            case "industry" -> filter.industry() == null ? null : term("industries", filter.industry().name());
            case "postKind" -> filter.postKind() == null ? null : term("postKinds", filter.postKind().name());
            case "trainingType" -> filter.trainingType() == null ? null : term("trainingType", filter.trainingType().name());
            case "institution" -> filter.institution() == null ? null : term("institutionId", filter.institution());
            case "hours" -> {
                if (filter.minHours() == null && filter.maxHours() == null) {
                    yield null;
                }
                ObjectNode clause = json.createObjectNode();
                ObjectNode range = clause.putObject("range").putObject("declaredHours");
                if (filter.minHours() != null) {
                    range.put("gte", filter.minHours().doubleValue() - 0.001);
                }
                if (filter.maxHours() != null) {
                    range.put("lte", filter.maxHours().doubleValue() + 0.001);
                }
                yield clause;
            }
            default -> throw new IllegalStateException(facet);
        };
    }

    private ObjectNode term(String field, Object value) {
        ObjectNode clause = json.createObjectNode();
        clause.putObject("term").set(field, json.valueToTree(value));
        return clause;
    }

    /**
     * Words over both analyses of every text field: all words must match (each in any field: cross
     * fields), and a phrase match on the title ranks exact titles first. The relaxed query for
     * alternatives asks for any one of the words (more matching words rank higher), or for a third
     * of the bigrams when the query is one run of characters.
     */
    private ObjectNode text(String q, Strictness strictness, Analysis analysis) {
        if (strictness == Strictness.SOME_WORDS) {
            ObjectNode text = json.createObjectNode();
            ObjectNode bool = text.putObject("bool");
            ArrayNode should = bool.putArray("should");
            for (String word : PostgresSearch.words(q)) {
                should.add(text(word, Strictness.ALL_WORDS, analysis));
            }
            if (analysis != Analysis.WORDS) {
                ObjectNode bigrams = should.addObject().putObject("multi_match");
                bigrams.put("query", q).put("type", "cross_fields").put("operator", "or").put("minimum_should_match", "30%");
                bigrams.putArray("fields").add("title.cjk^3").add("outline.cjk^1.5").add("summary.cjk").add("institutionName.cjk^1.5");
            }
            bool.put("minimum_should_match", 1);
            return text;
        }
        ObjectNode text = json.createObjectNode();
        ObjectNode bool = text.putObject("bool");
        ArrayNode should = bool.putArray("should");
        if (analysis != Analysis.BIGRAMS) {
            ObjectNode words = should.addObject().putObject("multi_match");
            words.put("query", q).put("type", "cross_fields").put("operator", "and");
            words.putArray("fields").add("title^4").add("outline^2").add("summary^1.5").add("institutionName^2");
        }
        if (analysis != Analysis.WORDS) {
            ObjectNode bigrams = should.addObject().putObject("multi_match");
            bigrams.put("query", q).put("type", "cross_fields").put("operator", "and");
            bigrams.putArray("fields").add("title.cjk^3").add("outline.cjk^1.5").add("summary.cjk").add("institutionName.cjk^1.5");
            ObjectNode phrase = should.addObject().putObject("match_phrase").putObject("title.cjk");
            phrase.put("query", q).put("boost", 4);
        }
        bool.put("minimum_should_match", 1);
        return text;
    }

    private List<SearchResult.Hit> hits(JsonNode response) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode s = hit.path("_source");
            JsonNode hl = hit.path("highlight");
            String title = s.path("title").asText();
            String titleHtml = first(hl, "title", "title.cjk");
            String snippet = first(hl, "summary", "summary.cjk", "outline", "outline.cjk");
            CourseView.Card card = new CourseView.Card(s.path("courseId").asLong(), title, s.path("summary").asText(),
                    s.hasNonNull("coverUrl") ? s.path("coverUrl").asText() : null, s.path("institutionId").asLong(),
                    s.path("institutionName").asText(), TrainingType.valueOf(s.path("trainingType").asText()),
                    new BigDecimal(s.path("declaredHours").asText()), enums(s.path("industries"), Industry.class),
                    enums(s.path("postKinds"), PostKind.class), s.path("enrolmentCount").asInt(),
                    s.hasNonNull("publishedAt") ? Instant.parse(s.path("publishedAt").asText()) : null);
            hits.add(new SearchResult.Hit(card, titleHtml == null ? Highlights.text(title, 200) : Highlights.html(titleHtml),
                    snippet == null ? Highlights.text(s.path("summary").asText(), 80) : Highlights.html(snippet)));
        }
        return hits;
    }

    private static String first(JsonNode highlight, String... fields) {
        for (String field : fields) {
            JsonNode fragments = highlight.path(field);
            if (fragments.isArray() && !fragments.isEmpty()) {
                return fragments.get(0).asText();
            }
        }
        return null;
    }

    private static <E extends Enum<E>> List<E> enums(JsonNode values, Class<E> type) {
        List<E> list = new ArrayList<>();
        values.forEach(v -> list.add(Enum.valueOf(type, v.asText())));
        return list;
    }

    private SearchResult.Facets facets(JsonNode aggs, Supermarket.Filter filter) {
        if (aggs.isMissingNode()) {
            return SearchResult.Facets.none();
        }
        List<SearchResult.IndustryCount> industries = new ArrayList<>();
        buckets(aggs, "industry").forEach(b -> industries.add(
                new SearchResult.IndustryCount(Industry.valueOf(b.path("key").asText()), b.path("doc_count").asLong())));
        List<SearchResult.PostKindCount> postKinds = new ArrayList<>();
        buckets(aggs, "postKind").forEach(b -> postKinds.add(
                new SearchResult.PostKindCount(PostKind.valueOf(b.path("key").asText()), b.path("doc_count").asLong())));
        List<SearchResult.TypeCount> types = new ArrayList<>();
        buckets(aggs, "trainingType").forEach(b -> types.add(
                new SearchResult.TypeCount(TrainingType.valueOf(b.path("key").asText()), b.path("doc_count").asLong())));
        List<SearchResult.InstitutionCount> institutions = new ArrayList<>();
        buckets(aggs, "institution").forEach(b -> institutions.add(new SearchResult.InstitutionCount(
                b.path("key").asLong(), b.path("name").path("buckets").path(0).path("key").asText(), b.path("doc_count").asLong())));
        List<SearchResult.HoursCount> hours = new ArrayList<>();
        List<JsonNode> ranges = buckets(aggs, "hours");
        for (int i = 0; i < ranges.size() && i < HOURS_RANGES.size(); i++) {
            long count = ranges.get(i).path("doc_count").asLong();
            if (count > 0) {
                hours.add(new SearchResult.HoursCount(HOURS_RANGES.get(i)[0], HOURS_RANGES.get(i)[1], count));
            }
        }
        return new SearchResult.Facets(industries, postKinds, types, institutions, hours);
    }

    private static List<JsonNode> buckets(JsonNode aggs, String facet) {
        List<JsonNode> list = new ArrayList<>();
        aggs.path(facet).path("values").path("buckets").forEach(list::add);
        return list;
    }

    static boolean hasFilters(Supermarket.Filter f) {
        return f.industry() != null || f.postKind() != null || f.trainingType() != null || f.institution() != null
                || f.minHours() != null || f.maxHours() != null;
    }

    /** Reads the order parameter: relevance (default with words), newest or enrolled; null when not understood. */
    public static Order order(Map<String, String> params) {
        String value = params.get("sort");
        if (value == null || value.isBlank()) {
            return Order.RELEVANCE;
        }
        for (Order o : Order.values()) {
            if (o.name().equalsIgnoreCase(value.strip())) {
                return o;
            }
        }
        return null;
    }
}
