package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import javax.imageio.ImageIO;
import org.anxue.local.TestEngines;
import org.anxue.media.TestVideos;
import org.junit.jupiter.api.Test;

/** Covers (640x360 thumbnails, cached for good) and PDF document lessons in S3. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseMaterialsTests {

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 79, 138));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void shouldStoreACoverAsAThumbnailServedWithLongCaching() throws IOException {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "封面课程" + world.tag());

        String url = as(world.institutionA()).contentType("image/png").body(png(1200, 900))
                .put("/api/courses/" + course + "/draft/cover").then().statusCode(200)
                .body("coverUrl", startsWith("/courses/covers/")).extract().jsonPath().getString("coverUrl");

        Response cover = given().get(url);
        assertThat(cover.statusCode()).isEqualTo(200);
        assertThat(cover.contentType()).isEqualTo("image/jpeg");
        assertThat(cover.header("Cache-Control")).contains("max-age=31536000");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(cover.asByteArray()));
        assertThat(thumbnail.getWidth()).isEqualTo(640);
        assertThat(thumbnail.getHeight()).isEqualTo(360);
        given().get("/courses/covers/" + "0".repeat(64) + ".jpg").then().statusCode(404);
        given().get("/courses/covers/..%2F..%2Fmedia.jpg").then().statusCode(404);
    }

    @Test
    void shouldRefuseACoverThatIsNotAPicture() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "封面课程" + world.tag());
        Map<String, Long> before = CatalogFixtures.counts();

        as(world.institutionA()).contentType("image/png").body("not a picture".getBytes())
                .put("/api/courses/" + course + "/draft/cover").then().statusCode(400)
                .body("problems[0].message", equalTo("封面须为 JPG 或 PNG 图片。"));
        assertThat(CatalogFixtures.counts()).isEqualTo(before);
    }

    @Test
    void shouldKeepAPdfLessonAndRefuseAnythingElse() throws IOException {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "文档课程" + world.tag());
        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "资料");
        long lesson = as(world.institutionA())
                .body(Map.of("chapterId", chapter, "title", "安全操作规程", "kind", "DOCUMENT", "freePreview", false))
                .post("/api/courses/" + course + "/draft/lessons").then().statusCode(201).extract().jsonPath().getLong("id");

        as(world.institutionA()).contentType("application/pdf").body("%PNG not a pdf".getBytes())
                .put("/api/courses/" + course + "/draft/lessons/" + lesson + "/document").then().statusCode(400)
                .body("problems[0].message", equalTo("文件不是 PDF。"));
        as(world.institutionA()).contentType("application/pdf").body(Files.readAllBytes(TestVideos.pdf()))
                .queryParam("filename", "规程.pdf")
                .put("/api/courses/" + course + "/draft/lessons/" + lesson + "/document").then().statusCode(200)
                .body("chapters[0].lessons[0].documentName", equalTo("规程.pdf"));

        Response link = as(world.institutionA()).redirects().follow(false)
                .get("/courses/" + course + "/lessons/" + lesson + "/document");
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(org.anxue.media.UploadClient.get(link.header("Location"), null).body()).startsWith("%PDF-".getBytes());
        given().redirects().follow(false).get("/courses/" + course + "/lessons/" + lesson + "/document")
                .then().statusCode(403);
        as(world.institutionB()).redirects().follow(false).get("/courses/" + course + "/lessons/" + lesson + "/document")
                .then().statusCode(403).body(containsString("mayNotWatch"));
    }
}
