package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Import uploads over the limit (10 MB) get 413 with a message, and a huge one is refused before it is read. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class UploadLimitTests {

    /**
     * Announces 50 MB, sends only the first 64 KB, and waits: the answer must come without the
     * rest (the server never reads it), then the connection closes.
     */
    private static String announceFiftyMegabytes(String path, TestAccounts.Browser browser, String language) throws Exception {
        URI base = URI.create(ConfigProvider.getConfig().getValue("test.url", String.class));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Cookie: anxue-session=" + browser.session() + "; " + CsrfTokens.COOKIE + "=" + browser.csrf() + "\r\n"
                    + CsrfTokens.HEADER + ": " + browser.csrf() + "\r\n"
                    + "Accept-Language: " + language + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                    + "Content-Length: " + (50L * 1024 * 1024) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldRefuseAFiftyMegabyteUploadWith413BeforeReadingItAndSayWhy() throws Exception {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        String api = announceFiftyMegabytes(world.imports(), admin, "zh-CN");
        String page = announceFiftyMegabytes(RosterImportPages.PATH, admin, "en");

        assertTrue(api.startsWith("HTTP/1.1 413"), api);
        assertTrue(api.contains("\"error\":\"fileTooLarge\""), api);
        assertTrue(api.contains("文件超过 10 MB，没有上传。"), api);
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertTrue(page.contains("The file is larger than 10 MB and was not uploaded."), page);
        given().cookies(admin.cookies()).when().get(world.imports()).then().body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseAFileJustOverTheLimitOnceItIsStored() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(justOver, (byte) 'a');

        given().cookies(admin.cookies()).header(CsrfTokens.HEADER, admin.csrf())
                .multiPart("file", "big.csv", justOver, "text/csv")
                .when().post(world.imports())
                .then().statusCode(413).body("error", equalTo("fileTooLarge"));
        given().cookies(admin.cookies()).when().get(world.imports()).then().body("size()", equalTo(0));
    }
}
