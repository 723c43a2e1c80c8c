package org.anxue.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anxue.local.EmbeddedElasticsearch;
import org.anxue.local.LocalObjectStorage;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class HealthTests {

    @Test
    void shouldBeLiveAndReadyWithEveryEngineUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("S3 object storage", "Elasticsearch", "Database connections health check"));
    }

    @Test
    void shouldGoDownWhileS3IsStoppedAndUpWhenItReturns() throws Exception {
        LocalObjectStorage s3 = TestEngines.engines().objectStorage().orElseThrow();
        s3.close();
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'S3 object storage' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Elasticsearch' }.status", equalTo("UP"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            s3.start();
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldGoDownWhileElasticsearchIsStoppedAndUpWhenItReturns() throws Exception {
        EmbeddedElasticsearch es = TestEngines.engines().elasticsearch()
                .orElseThrow(() -> new AssertionError("the embedded Elasticsearch node did not start"));
        es.stop();
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Elasticsearch' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'S3 object storage' }.status", equalTo("UP"));
        } finally {
            es.start();
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServeMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("http_server"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
