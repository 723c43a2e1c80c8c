package org.anxue.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Ready only while Elasticsearch answers. Where no Elasticsearch exists at all (no Java 21 for the
 * embedded node) search answers from PostgreSQL, so that state is UP with a note, not DOWN.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {

    private final SearchConfig config;
    private final Instance<RestClient> client;

    ElasticsearchHealthCheck(SearchConfig config, Instance<RestClient> client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Elasticsearch");
        if (!config.elasticsearchEnabled()) {
            return response.up().withData("mode", "unavailable; search answers from PostgreSQL").build();
        }
        try {
            var health = client.get().performRequest(new Request("GET", "/_cluster/health"));
            return response.up().withData("status", health.getStatusLine().getStatusCode()).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
