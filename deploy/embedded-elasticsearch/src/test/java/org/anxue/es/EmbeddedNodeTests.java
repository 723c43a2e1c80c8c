package org.anxue.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.xcontent.XContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real node in this JVM and checks the Chinese analysis and the root endpoint over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedNodeTests {

    @TempDir
    static Path tempDir;

    private EmbeddedNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startNode() throws Exception {
        Path home = tempDir.resolve("home");
        Files.createDirectories(home.resolve("config/analysis"));
        // Rules from a file below config/, next to inline rules in the mapping.
        Files.writeString(home.resolve("config/analysis/course-synonyms.txt"),
                "# Solr format\n登高作业,高处作业\n");
        node = EmbeddedNode.start(new EmbeddedNode.Config(home, tempDir.resolve("data"), 0, "anxue-test"));
    }

    @AfterAll
    void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldAnswerRootInfo() throws Exception {
        Map<String, Object> info = json(send("GET", "/", null, 200));
        assertEquals("anxue-test", info.get("cluster_name"));
        assertEquals("You Know, for Search", info.get("tagline"));
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) info.get("version");
        assertEquals("9.2.2", version.get("number"));
        assertTrue(((String) info.get("cluster_uuid")).length() > 10, "cluster uuid: " + info);

        HttpResponse<String> head = http.send(request("HEAD", "/", null), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
    }

    @Test
    void shouldSplitChineseWordsWithSmartcn() throws Exception {
        Map<String, Object> analyzed = json(send("POST", "/_analyze",
                "{\"analyzer\":\"smartcn\",\"text\":\"危险化学品安全管理\"}", 200));
        assertEquals(List.of("危险", "化学品", "安全", "管理"), tokens(analyzed));
    }

    @Test
    void shouldBuildCjkBigramsAndEdgeNgrams() throws Exception {
        Map<String, Object> cjk = json(send("POST", "/_analyze", "{\"analyzer\":\"cjk\",\"text\":\"安全培训\"}", 200));
        assertEquals(List.of("安全", "全培", "培训"), tokens(cjk));

        Map<String, Object> prefixes = json(send("POST", "/_analyze", """
                {"tokenizer":"keyword",
                 "filter":["cjk_width","lowercase",{"type":"edge_ngram","min_gram":1,"max_gram":3}],
                 "text":"ＡＢc安全"}""", 200));
        assertEquals(List.of("a", "ab", "abc"), tokens(prefixes));
    }

    @Test
    void shouldFindDocumentThroughChineseSynonym() throws Exception {
        send("PUT", "/courses", """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "filter": {
                        "course_synonyms": {"type": "synonym_graph", "synonyms": ["危化品,危险化学品"]},
                        "file_synonyms": {"type": "synonym_graph", "synonyms_path": "analysis/course-synonyms.txt"}
                      },
                      "analyzer": {
                        "course_index": {"tokenizer": "smartcn_tokenizer", "filter": ["cjk_width", "lowercase"]},
                        "course_search": {
                          "tokenizer": "smartcn_tokenizer",
                          "filter": ["cjk_width", "lowercase", "course_synonyms", "file_synonyms"]
                        }
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "title": {"type": "text", "analyzer": "course_index", "search_analyzer": "course_search"},
                      "title_smartcn": {"type": "text", "analyzer": "smartcn"},
                      "title_cjk": {"type": "text", "analyzer": "cjk"}
                    }
                  }
                }""", 200);
        String[] titles = {"危险化学品安全管理培训", "建筑施工高处作业安全", "特种作业人员取证复审"};
        for (int i = 0; i < titles.length; i++) {
            send("PUT", "/courses/_doc/" + (i + 1) + "?refresh=true", "{\"title\":\"%s\",\"title_smartcn\":\"%s\",\"title_cjk\":\"%s\"}"
                    .formatted(titles[i], titles[i], titles[i]), 201);
        }

        // Without synonyms the short form finds nothing ...
        assertEquals(List.of(), hitIds(search("title_smartcn", "危化品")));
        assertEquals(List.of(), hitIds(search("title_smartcn", "登高作业")));
        // ... with the inline rule and the rule file it finds the long form.
        assertEquals(List.of("1"), hitIds(search("title", "危化品")));
        assertEquals(List.of("2"), hitIds(search("title", "登高作业")));
        assertEquals(List.of("3"), hitIds(search("title", "特种作业")));
        assertEquals(List.of("2"), hitIds(search("title_smartcn", "高处作业")));
        assertEquals(List.of("1"), hitIds(search("title_cjk", "化学品")));
    }

    @Test
    void shouldRejectTheZstdCodecWithAClearMessage() throws Exception {
        String error = send("PUT", "/packed", "{\"settings\":{\"index.codec\":\"best_compression\"}}", 400);
        assertTrue(error.contains("zstd native library"), error);
        send("PUT", "/packed", "{\"settings\":{\"index.codec\":\"legacy_best_compression\",\"number_of_replicas\":0}}", 200);
        send("PUT", "/packed/_doc/1?refresh=true", "{\"title\":\"消防安全\"}", 201);
        send("DELETE", "/packed", null, 200);
    }

    private Map<String, Object> search(String field, String text) throws Exception {
        return json(send("POST", "/courses/_search",
                "{\"query\":{\"match\":{\"%s\":{\"query\":\"%s\",\"operator\":\"and\"}}}}".formatted(field, text), 200));
    }

    @SuppressWarnings("unchecked")
    private static List<String> hitIds(Map<String, Object> response) {
        Map<String, Object> hits = (Map<String, Object>) response.get("hits");
        return ((List<Map<String, Object>>) hits.get("hits")).stream().map(hit -> (String) hit.get("_id")).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tokens(Map<String, Object> analyzed) {
        return ((List<Map<String, Object>>) analyzed.get("tokens")).stream().map(t -> (String) t.get("token")).toList();
    }

    private static Map<String, Object> json(String body) {
        return XContentHelper.convertToMap(XContentType.JSON.xContent(), body, true);
    }

    private HttpRequest request(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://" + node.httpHost() + path))
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return builder.build();
    }

    private String send(String method, String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), method + " " + path + " -> " + response.body());
        return response.body();
    }
}
