package org.anxue.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The course index in Elasticsearch, over the low-level REST client: creating an index with the
 * mapping of {@code search/course-index.json} and the synonym list, the alias that points at the
 * current index, bulk writes and searches.
 */
@ApplicationScoped
public class CourseIndex {

    private final Supplier<RestClient> client;
    private final SearchConfig config;
    private final ObjectMapper json;

    @Inject
    CourseIndex(Instance<RestClient> client, SearchConfig config, ObjectMapper json) {
        this(client::get, config, json);
    }

    /** Outside CDI (the benchmark). */
    CourseIndex(Supplier<RestClient> client, SearchConfig config, ObjectMapper json) {
        this.client = client;
        this.config = config;
        this.json = json;
    }

    public String alias() {
        return config.alias();
    }

    /** One write of a bulk request: index the document, or delete the course's document. */
    public record Write(long courseId, CourseDocument document) {
        public boolean isDelete() {
            return document == null;
        }
    }

    /** The index the alias points at; empty when there is no alias yet. */
    public Optional<String> aliasTarget() throws IOException {
        try {
            JsonNode body = call("GET", "/_alias/" + config.alias(), null);
            Iterator<String> names = body.fieldNames();
            return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates an index with the course mapping and the configured synonym list. */
    public void create(String index) throws IOException {
        create(index, synonyms());
    }

    public void create(String index, List<String> synonyms) throws IOException {
        call("PUT", "/" + index, definition(synonyms));
    }

    /** The index settings and mapping with these synonym rules. */
    public ObjectNode definition(List<String> synonyms) {
        try (InputStream in = CourseIndex.class.getResourceAsStream("/search/course-index.json")) {
            ObjectNode definition = (ObjectNode) json.readTree(in);
            ArrayNode rules = (ArrayNode) definition.at("/settings/analysis/filter/zh_synonyms/synonyms");
            synonyms.forEach(rules::add);
            return definition;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The synonym rules of the configured file: its lines without comments and blank lines. */
    public List<String> synonyms() {
        String location = config.synonyms();
        String text;
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("synonym list not found on the classpath: " + resource);
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else {
                text = Files.readString(Path.of(location), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonym list " + location, e);
        }
        return parseSynonyms(text);
    }

    static List<String> parseSynonyms(String text) {
        List<String> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String rule = line.strip();
            if (!rule.isEmpty() && !rule.startsWith("#")) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** Points the alias at {@code index} in one atomic step, removing it from {@code previous}. */
    public void switchAlias(String index, Optional<String> previous) throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        previous.ifPresent(p -> actions.addObject().putObject("remove").put("index", p).put("alias", config.alias()));
        actions.addObject().putObject("add").put("index", index).put("alias", config.alias());
        call("POST", "/_aliases", body);
    }

    public void delete(String index) throws IOException {
        try {
            call("DELETE", "/" + index, null);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
    }

    public boolean exists(String index) throws IOException {
        Response response = client.get().performRequest(new Request("HEAD", "/" + index));
        return response.getStatusLine().getStatusCode() == 200;
    }

    /** "-1" turns periodic refreshes off (during a bulk load), "1s" back on. */
    public void refreshInterval(String index, String interval) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.putObject("index").put("refresh_interval", interval);
        call("PUT", "/" + index + "/_settings", body);
    }

    public void refresh(String index) throws IOException {
        call("POST", "/" + index + "/_refresh", null);
    }

    /**
     * Sends the writes in one bulk request. Returns the problems by course id: empty when
     * Elasticsearch acknowledged every write (deleting a document that is not there counts as done).
     */
    public Map<Long, String> bulk(String index, List<Write> writes) throws IOException {
        return bulk(index, writes, false);
    }

    /** {@code refresh}: the writes are searchable when this returns (single course changes). */
    public Map<Long, String> bulk(String index, List<Write> writes, boolean refresh) throws IOException {
        Map<Long, String> failures = new HashMap<>();
        if (writes.isEmpty()) {
            return failures;
        }
        StringBuilder body = new StringBuilder();
        for (Write write : writes) {
            ObjectNode action = json.createObjectNode();
            action.putObject(write.isDelete() ? "delete" : "index").put("_index", index)
                    .put("_id", Long.toString(write.courseId()));
            body.append(json.writeValueAsString(action)).append('\n');
            if (!write.isDelete()) {
                body.append(json.writeValueAsString(source(write.document()))).append('\n');
            }
        }
        Request request = new Request("POST", "/_bulk");
        if (refresh) {
            request.addParameter("refresh", "true");
        }
        if (index.equals(config.alias())) {
            // through the alias: never let a write create an index with a guessed mapping
            request.addParameter("require_alias", "true");
        }
        request.setEntity(new NStringEntity(body.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        JsonNode response = json.readTree(client.get().performRequest(request).getEntity().getContent());
        if (response.path("errors").asBoolean(false)) {
            for (JsonNode item : response.path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                boolean ok = status < 300 || (status == 404 && item.has("delete"));
                if (!ok) {
                    failures.put(Long.parseLong(result.path("_id").asText()),
                            status + " " + result.path("error").path("reason").asText(result.path("error").toString()));
                }
            }
        }
        return failures;
    }

    /** Runs a search on the alias (or an index). */
    public JsonNode search(String index, JsonNode query) throws IOException {
        return call("POST", "/" + index + "/_search", query);
    }

    /** The number of documents in an index. */
    public long count(String index) throws IOException {
        return call("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    /** Indices whose name starts with the alias name (current, rebuilt and abandoned ones). */
    public List<String> courseIndices() throws IOException {
        List<String> names = new ArrayList<>();
        JsonNode body = call("GET", "/_cat/indices/" + config.alias() + "-*?format=json&h=index", null);
        body.forEach(n -> names.add(n.path("index").asText()));
        return names;
    }

    ObjectNode source(CourseDocument d) {
        ObjectNode source = json.createObjectNode();
        source.put("courseId", d.courseId());
        source.put("versionId", d.versionId());
        source.put("title", d.title());
        source.put("summary", d.summary());
        ArrayNode outline = source.putArray("outline");
        d.outline().forEach(outline::add);
        source.put("institutionId", d.institutionId());
        source.put("institutionName", d.institutionName());
        ArrayNode industries = source.putArray("industries");
        d.industries().forEach(industries::add);
        ArrayNode postKinds = source.putArray("postKinds");
        d.postKinds().forEach(postKinds::add);
        source.put("trainingType", d.trainingType());
        source.put("declaredHours", d.declaredHours());
        source.put("enrolmentCount", d.enrolmentCount());
        if (d.publishedAt() != null) {
            source.put("publishedAt", d.publishedAt().toString());
        }
        if (d.coverUrl() != null) {
            source.put("coverUrl", d.coverUrl());
        }
        return source;
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new NStringEntity(json.writeValueAsString(body), ContentType.APPLICATION_JSON));
        }
        Response response = client.get().performRequest(request);
        if (response.getEntity() == null) {
            return json.createObjectNode();
        }
        return json.readTree(response.getEntity().getContent());
    }
}
