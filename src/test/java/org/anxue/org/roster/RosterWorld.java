package org.anxue.org.roster;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Industry;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.org.SpecialOperation;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;

/**
 * A jurisdiction for roster tests, fresh each time (its own codes and names): a city bureau with
 * two districts; our company in district A with its admin, a department (生产部 with 一车间 under
 * it) and a post; a foreign company in district B with its admin; bureau officers of the city, of
 * district A and of district B (the sibling). Passwords are {@link TestAccounts#PASSWORD}.
 */
public record RosterWorld(long cityId, long districtA, long districtB, long companyId, String companyName,
        String admin, long adminId, long productionId, long workshopId, long electricianPostId, long foreignCompanyId,
        String foreignAdmin, String cityOfficer, String districtOfficer, String siblingOfficer) {

    public static RosterWorld create() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
        return QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("C" + tag, "测试市局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("A" + tag, "甲区局" + tag, BureauLevel.DISTRICT);
            Bureau b = city.child("B" + tag, "乙区局" + tag, BureauLevel.DISTRICT);
            a.persist();
            b.persist();
            Company company = Company.register(TestAccounts.creditCode(), "测试化工" + tag, Industry.CHEMICAL,
                    RiskTier.HIGH_RISK, a, null);
            company.persist();
            Company foreign = Company.register(TestAccounts.creditCode(), "别家铝业" + tag, Industry.METAL_SMELTING,
                    RiskTier.HIGH_RISK, b, null);
            foreign.persist();
            Department production = Department.of(company, "生产部");
            production.persist();
            Department workshop = production.child("一车间");
            workshop.persist();
            Post electrician = Post.of(company, "电工", PostKind.SPECIAL_OPERATION, SpecialOperation.LOW_VOLTAGE_ELECTRICIAN);
            electrician.persist();
            Account admin = account(Account.companyAdmin("ra-" + tag, "名册管理员" + tag, company), hash);
            account(Account.companyAdmin("rf-" + tag, "别家管理员" + tag, foreign), hash);
            account(Account.bureauOfficer("rc-" + tag, "市局" + tag, city), hash);
            account(Account.bureauOfficer("rd-" + tag, "甲区局" + tag, a), hash);
            account(Account.bureauOfficer("rs-" + tag, "乙区局" + tag, b), hash);
            return new RosterWorld(city.id, a.id, b.id, company.id, company.name, "ra-" + tag, admin.id, production.id,
                    workshop.id, electrician.id, foreign.id, "rf-" + tag, "rc-" + tag, "rd-" + tag, "rs-" + tag);
        });
    }

    private static Account account(Account account, String hash) {
        account.setPasswordHash(hash);
        account.persist();
        return account;
    }

    public String employees() {
        return "/api/companies/" + companyId + "/employees";
    }

    public String departments() {
        return "/api/companies/" + companyId + "/departments";
    }

    public String posts() {
        return "/api/companies/" + companyId + "/posts";
    }

    public String imports() {
        return "/api/companies/" + companyId + "/employee-imports";
    }

    public TestAccounts.Browser signInAdmin() {
        return TestAccounts.signIn(admin, TestAccounts.PASSWORD);
    }
}
