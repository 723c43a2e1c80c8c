package org.anxue.creditbank;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import org.anxue.creditbank.model.ChainVerdict;

/**
 * Verifies the credit ledger straight from PostgreSQL, without the application: re-hashes every chain and
 * the root over all heads, checks every account against the heads of the last stored root, prints the
 * first broken entry of each broken account, and exits 0 when intact, 1 when not, 2 on error.
 *
 * <pre>deploy/creditbank/verify.sh [jdbc-url [user [password]]]</pre>
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:15432/postgres";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            LedgerCheck.Result result = LedgerCheck.run(c);
            c.rollback();
            System.out.printf(Locale.ROOT, "accounts %d, entries %d, verified in %d ms (%.0f entries/s)%n",
                    result.accounts(), result.entries(), result.millis(),
                    result.millis() == 0 ? 0.0 : result.entries() * 1000.0 / result.millis());
            System.out.println("root now: " + result.root() + " over " + result.treeSize() + " heads");
            if (result.lastRootId() != null) {
                System.out.println("last stored root #" + result.lastRootId() + ": " + result.lastRootHash()
                        + (result.lastRootReproduced() ? " (reproduced from its heads)" : " (its heads DO NOT reproduce it)"));
            }
            for (ChainVerdict.Broken broken : result.broken()) {
                System.out.println("BROKEN " + broken.person().value() + " entry " + broken.sequence() + " "
                        + broken.reason() + ": " + broken.explanation());
            }
            System.out.println(result.intact() ? "INTACT" : "NOT INTACT");
            System.exit(result.intact() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("verification failed: " + e);
            System.exit(2);
        }
    }
}
