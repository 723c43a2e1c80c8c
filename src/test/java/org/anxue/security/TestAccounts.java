package org.anxue.security;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.CreditCode;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.org.RiskTier;

/**
 * Accounts for tests, each in a tenant of its own (fresh codes and names every time), so tests
 * neither depend on each other nor on what is already in the database; and a browser-like login.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-7";

    /** An account made for a test, with what /api/me should say about it. */
    public record Made(long id, String username, Role role, String displayName, TenantKind tenantKind,
            long tenantId, String tenantName, String idNumber) {
    }

    /** The session and CSRF cookies of a signed-in browser. */
    public record Browser(String session, String csrf) {
        public Map<String, String> cookies() {
            return session == null ? Map.of(CsrfTokens.COOKIE, csrf)
                    : Map.of("anxue-session", session, CsrfTokens.COOKIE, csrf);
        }
    }

    private TestAccounts() {
    }

    public static Made create(Role role) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("T" + tag, "测试市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Account account = switch (role) {
                case WORKER -> {
                    Person person = Person.of(new IdentityNumber(idNumber()), "测试学员" + tag, null);
                    person.persist();
                    yield Account.worker("w-" + tag, person);
                }
                case COMPANY_ADMIN -> {
                    Company company = Company.register(creditCode(), "测试企业" + tag, Industry.CHEMICAL,
                            RiskTier.HIGH_RISK, city, null);
                    company.persist();
                    yield Account.companyAdmin("c-" + tag, "企业管理员" + tag, company);
                }
                case INSTITUTION_ADMIN -> {
                    Institution institution = Institution.apply("测试培训机构" + tag, "LIC-" + tag, null, city);
                    institution.persist();
                    yield Account.institutionAdmin("i-" + tag, "机构管理员" + tag, institution);
                }
                case BUREAU_OFFICER -> Account.bureauOfficer("b-" + tag, "局工作人员" + tag, city);
                case PLATFORM_ADMIN -> Account.platformAdmin("p-" + tag, "平台管理员" + tag);
            };
            account.setPasswordHash(BcryptUtil.bcryptHash(PASSWORD));
            account.persist();
            Tenant tenant = account.tenant();
            return new Made(account.id, account.username, role, account.shownName(), tenant.kind(), tenant.id(),
                    tenant.name(), account.person == null ? null : account.person.idNumber);
        });
    }

    /** Changes an account in a transaction of its own. */
    public static void change(String username, Consumer<Account> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(
                Account.<Account>find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).singleResult()));
    }

    public static Account load(String username) {
        return QuarkusTransaction.requiringNew().call(() ->
                Account.<Account>find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).singleResult());
    }

    /** Opens the login page as a browser would: returns its CSRF cookie, which the page's form repeats. */
    public static String openLoginPage() {
        Response page = given().redirects().follow(false).when().get("/login");
        String cookie = page.cookie(CsrfTokens.COOKIE);
        Matcher field = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        if (cookie == null || !field.find() || !field.group(1).equals(cookie)) {
            throw new AssertionError("the login page should set the CSRF cookie and repeat it in the form");
        }
        return cookie;
    }

    /** Posts the login form with a fresh CSRF token; the response is the form login's redirect. */
    public static Response postLogin(String username, String password) {
        String csrf = openLoginPage();
        return given().redirects().follow(false)
                .cookie(CsrfTokens.COOKIE, csrf)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .formParam(CsrfTokens.FIELD, csrf)
                .when().post("/j_security_check");
    }

    /** Signs in and returns the browser's cookies; fails when the login does not succeed. */
    public static Browser signIn(String username, String password) {
        String csrf = openLoginPage();
        Response response = given().redirects().follow(false)
                .cookie(CsrfTokens.COOKIE, csrf)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .formParam(CsrfTokens.FIELD, csrf)
                .when().post("/j_security_check");
        String session = response.cookie("anxue-session");
        if (response.statusCode() != 302 || session == null || session.isEmpty()) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode() + " "
                    + response.header("Location"));
        }
        return new Browser(session, csrf);
    }

    /** A valid, random 统一社会信用代码 of a company registered in 椒江区. */
    public static CreditCode creditCode() {
        StringBuilder code = new StringBuilder("91331002");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(random.nextInt(10));
        }
        return new CreditCode(code.toString() + CreditCode.checkCharacter(code.toString()));
    }

    /** A valid, random 居民身份证号 of someone born between 1970 and 2000 in 椒江区. */
    /**
     * A valid ID number never handed out before in this test JVM: the suite creates thousands of
     * people in one database, and a repeat would make an unrelated test see "already employed".
     */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
            String first17 = String.format("331002%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), random.nextInt(1000));
            String number = first17 + IdentityNumber.checkCharacter(first17);
            if (ISSUED_ID_NUMBERS.add(number)) {
                return number;
            }
        }
    }

    private static final java.util.Set<String> ISSUED_ID_NUMBERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static String tag() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
