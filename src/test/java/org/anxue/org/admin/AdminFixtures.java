package org.anxue.org.admin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.security.Account;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;

/**
 * Organisations for the admin, activation and archive tests, each made fresh with random codes:
 * a city with two districts (siblings), companies, institutions, departments, workers, and
 * accounts (password {@link TestAccounts#PASSWORD}) bound to them.
 */
public final class AdminFixtures {

    /** A city bureau with two sibling districts below it. */
    public record Tree(long city, long districtA, long districtB, String tag) {
    }

    /** A worker's person and account. */
    public record Worker(long accountId, long personId, String idNumber, String username, String name) {
    }

    private AdminFixtures() {
    }

    public static Tree tree() {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("C" + tag, "测试市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("A" + tag, "甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("B" + tag, "乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            return new Tree(city.id, a.id, b.id, tag);
        });
    }

    public static TestAccounts.Made officer(long bureauId) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Bureau bureau = Bureau.findById(bureauId);
            Account account = Account.bureauOfficer("b-" + tag, "局工作人员" + tag, bureau);
            account.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            account.persist();
            return made(account);
        });
    }

    public static TestAccounts.Made platformAdmin() {
        return TestAccounts.create(Role.PLATFORM_ADMIN);
    }

    public static long company(long bureauId, ApprovalStatus status) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Company company = Company.register(TestAccounts.creditCode(), "测试企业" + tag, Industry.CHEMICAL,
                    RiskTier.HIGH_RISK, Bureau.findById(bureauId), "测试路 1 号");
            company.approvalStatus = status;
            company.persist();
            return company.id;
        });
    }

    public static long institution(long bureauId, ApprovalStatus status) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Institution institution = Institution.apply("测试培训机构" + tag, "LIC-" + tag, null, Bureau.findById(bureauId));
            institution.status = status;
            institution.persist();
            return institution.id;
        });
    }

    public static TestAccounts.Made companyAdmin(long companyId) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.companyAdmin("c-" + tag, "企业管理员" + tag, Company.findById(companyId));
            account.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            account.persist();
            return made(account);
        });
    }

    public static TestAccounts.Made institutionAdmin(long institutionId) {
        String tag = tag();
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.institutionAdmin("i-" + tag, "机构管理员" + tag, Institution.findById(institutionId));
            account.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            account.persist();
            return made(account);
        });
    }

    public static long department(long companyId, String name, Long parentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Department department = parentId == null
                    ? Department.of(Company.findById(companyId), name)
                    : Department.<Department>findById(parentId).child(name);
            department.persist();
            return department.id;
        });
    }

    /** A worker employed by the company since 2024 (in the department, if any), waiting for activation. */
    public static Worker pendingWorker(long companyId, Long departmentId) {
        return worker(companyId, departmentId, false);
    }

    /** A worker employed by the company since 2024 who has signed in with {@link TestAccounts#PASSWORD}. */
    public static Worker activeWorker(long companyId, Long departmentId) {
        return worker(companyId, departmentId, true);
    }

    /** Ends the worker's employment with the company (the history stays). */
    public static void endEmployment(long personId, long companyId) {
        QuarkusTransaction.requiringNew().run(() -> Employment.<Employment>find(
                        "person.id = ?1 and company.id = ?2 and endDate is null", personId, companyId)
                .singleResult().end(LocalDate.of(2025, 12, 31), "离职"));
    }

    /** Employs an existing person at another company too. */
    public static void employ(long personId, long companyId, LocalDate from) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findById(personId);
            Employment.start(person, post(Company.findById(companyId)), null, from).persist();
        });
    }

    private static Worker worker(long companyId, Long departmentId, boolean active) {
        String tag = tag();
        String idNumber = TestAccounts.idNumber();
        return QuarkusTransaction.requiringNew().call(() -> {
            Company company = Company.findById(companyId);
            Person person = Person.of(new IdentityNumber(idNumber), "测试员工" + tag, "13800000000");
            person.persist();
            Department department = departmentId == null ? null : Department.findById(departmentId);
            Employment.start(person, post(company), department, LocalDate.of(2024, 3, 1)).persist();
            Account account = Account.worker("w-" + tag, person);
            if (active) {
                account.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            }
            account.persist();
            return new Worker(account.id, person.id, idNumber, account.username, person.name);
        });
    }

    /** The company's 一般从业人员 post, made on first use. */
    private static Post post(Company company) {
        return Post.<Post>find("company = ?1 and name = ?2", company, "操作工").firstResultOptional().orElseGet(() -> {
            Post post = Post.of(company, "操作工", PostKind.GENERAL, null);
            post.persist();
            return post;
        });
    }

    private static TestAccounts.Made made(Account account) {
        var tenant = account.tenant();
        return new TestAccounts.Made(account.id, account.username, account.role, account.shownName(), tenant.kind(),
                tenant.id(), tenant.name(), null);
    }

    static String tag() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
