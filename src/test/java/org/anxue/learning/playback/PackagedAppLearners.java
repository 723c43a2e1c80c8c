package org.anxue.learning.playback;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.org.IdentityNumber;

/**
 * Workers for the packaged application (benchmark, process tests): written straight into its
 * PostgreSQL (as a roster import would; ids far from the application's own), signed in through
 * the real login form, each opening a playback session of a synthetic benchmark lesson.
 */
final class PackagedAppLearners {

    static final String PASSWORD = "bench-password-1";
    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"heartbeatToken\":\"([^\"]+)\"");

    /** An opened session and its heartbeat token. */
    record Opened(String sessionId, String heartbeatToken) {
    }

    private PackagedAppLearners() {
    }

    /** Workers {@code bench-<i>} for i in [0, count), person ids from {@code firstPersonId}. */
    static void seed(Connection db, int count, long firstPersonId) throws SQLException {
        // bcrypt's lowest cost: signing in thousands of learners stays quick; the check is the real one
        String hash = BcryptUtil.bcryptHash(PASSWORD, 4);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement person = db.prepareStatement("insert into person (id, id_number, name, gender,"
                + " birth_date) values (?, ?, ?, ?, ?) on conflict do nothing");
             PreparedStatement account = db.prepareStatement("insert into account (id, username, password_hash,"
                     + " role, status, person_id) values (?, ?, ?, 'WORKER', 'ACTIVE', ?) on conflict do nothing")) {
            for (int i = 0; i < count; i++) {
                long id = firstPersonId + i;
                LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(i % 7000);
                String first17 = String.format(Locale.ROOT, "331002%04d%02d%02d%03d", birth.getYear(),
                        birth.getMonthValue(), birth.getDayOfMonth(), i % 1000);
                person.setLong(1, id);
                person.setString(2, first17 + IdentityNumber.checkCharacter(first17));
                person.setString(3, "压测学员" + i);
                person.setString(4, i % 2 == 0 ? "FEMALE" : "MALE");
                person.setObject(5, birth);
                person.addBatch();
                account.setLong(1, id);
                account.setString(2, "bench-" + i);
                account.setString(3, hash);
                account.setLong(4, id);
                account.addBatch();
            }
            person.executeBatch();
            account.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** Signs {@code bench-<i>} in through the login form; returns the Cookie header of the signed-in browser. */
    static String signIn(HttpClient http, URI base, int i) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = cookie(page, "anxue-csrf");
        String form = "j_username=bench-" + i + "&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&csrf-token=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "anxue-csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(login, "anxue-session");
        if (login.statusCode() != 302 || session == null) {
            throw new IllegalStateException("login of bench-" + i + " failed: " + login.statusCode());
        }
        return "anxue-session=" + session + "; anxue-csrf=" + csrf;
    }

    /** Opens a playback session of a benchmark lesson. */
    static Opened openSession(HttpClient http, URI base, String cookies, long lessonId) throws Exception {
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(base.resolve("/api/playback-sessions"))
                .header("Cookie", cookies).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"lessonId\":" + lessonId + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = SESSION_ID.matcher(opened.body());
        Matcher token = TOKEN.matcher(opened.body());
        if (opened.statusCode() != 200 || !id.find() || !token.find()) {
            throw new IllegalStateException("opening a session failed: " + opened.statusCode() + " " + opened.body());
        }
        return new Opened(id.group(1), token.group(1));
    }

    /** A client that does not follow the login's redirect. */
    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("set-cookie")) {
            if (header.startsWith(name + "=")) {
                int end = header.indexOf(';');
                return header.substring(name.length() + 1, end < 0 ? header.length() : end);
            }
        }
        return null;
    }
}
