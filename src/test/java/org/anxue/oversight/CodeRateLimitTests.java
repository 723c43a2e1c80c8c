package org.anxue.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Wrong codes are limited per client address. Each address here is a fresh one of 127.0.0.0/8 (Linux
 * answers on all of them), so the requests come from a real peer address the server sees, and other
 * tests (from 127.0.0.1) are not affected.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CodeRateLimitTests {

    @Inject
    DataSource ds;

    @Inject
    TestOversightClock clock;

    @Inject
    OversightConfig config;

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldRefuseAnAddressThatTriedTooManyWrongCodesAndNoOtherAddress() throws IOException {
        OversightFixtures.World world = OversightFixtures.world();
        OversightFixtures.publishedQuestions(ds, world.institutionId(), List.of("FIREWORKS"), List.of("PRINCIPAL"), 3);
        JsonPath exam = OversightFixtures.start(world, 10, 3, "principal");
        String code = exam.getString("exam.takers[0].code");
        OversightFixtures.Staff principal = world.person("principal");
        String right = "{\"code\":\"" + code + "\",\"name\":\"" + principal.name() + "\",\"idLast4\":\"" + principal.last4() + "\"}";

        clock.freeze(); // one window for the whole test
        String attacker = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(2, 250);
        for (int i = 0; i < config.codeAttempts(); i++) {
            String wrong = "{\"code\":\"" + wrongCode(code, i) + "\",\"name\":\"x\",\"idLast4\":\"0000\"}";
            assertThat(post(attacker, "/api/spot-exam-sessions", wrong)).startsWith("HTTP/1.1 404");
        }
        String refused = post(attacker, "/api/spot-exam-sessions", right);
        assertThat(refused).startsWith("HTTP/1.1 429").contains("tooManyCodes");
        assertThat(get(attacker, "/exam/" + code)).startsWith("HTTP/1.1 429");

        String neighbour = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + ".1";
        assertThat(post(neighbour, "/api/spot-exam-sessions", right)).startsWith("HTTP/1.1 201");
    }

    private static String wrongCode(String code, int i) {
        String alphabet = SpotExams.CODE_ALPHABET;
        char last = alphabet.charAt((alphabet.indexOf(code.charAt(7)) + 1 + i) % alphabet.length());
        return code.substring(0, 7) + last;
    }

    private static String post(String from, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange(from, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    private static String get(String from, String path) throws IOException {
        return exchange(from, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    private static String exchange(String from, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port, InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
