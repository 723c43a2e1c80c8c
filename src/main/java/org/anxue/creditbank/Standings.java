package org.anxue.creditbank;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.web.AppException;

/** Status (达标 / 未达标) of many people: a company's current employees, a bureau's subtree. */
@ApplicationScoped
public class Standings {

    private final CreditBank bank;
    private final DataSource dataSource;

    Standings(CreditBank bank, DataSource dataSource) {
        this.bank = bank;
        this.dataSource = dataSource;
    }

    @Transactional
    public List<StatusReport.PersonStatus> ofCompany(long companyId, Integer year) {
        LocalDate today = bank.today();
        int theYear = year(year, today);
        try (Connection c = dataSource.getConnection()) {
            return StatusReport.ofCompany(c, companyId, theYear, today, bank.policies().catalog());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the company's standings", e);
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public StatusReport.Counts ofBureau(long bureauId, Integer year) {
        LocalDate today = bank.today();
        int theYear = year(year, today);
        String path = bank.people().bureauPath(bureauId).orElseThrow(AppException::notFound);
        try (Connection c = dataSource.getConnection()) {
            return StatusReport.run(c, path, theYear, today, bank.policies().catalog(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the bureau's standings", e);
        }
    }

    private static int year(Integer year, LocalDate today) {
        int theYear = year == null ? today.getYear() : year;
        if (theYear < 2000 || theYear > today.getYear() + 1) {
            throw new AppException(400, "credit:yearOutOfRange", theYear);
        }
        return theYear;
    }
}
