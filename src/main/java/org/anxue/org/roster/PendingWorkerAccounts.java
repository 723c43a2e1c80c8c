package org.anxue.org.roster;

import io.quarkus.arc.DefaultBean;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Inserts the pending worker accounts with one statement per 1,000 people. The username is the
 * person's ID number (workers sign in with it anyway), or {@code w<ID number>-<person id>} in the
 * unlikely case that an account already has that name. No password and no activation code are
 * set: the account cannot sign in until it is activated.
 */
@ApplicationScoped
@DefaultBean
public class PendingWorkerAccounts implements WorkerAccounts {

    private static final int CHUNK = 1000;

    private static final String INSERT = """
            insert into account (id, username, role, status, person_id)
            select nextval('account_seq'),
                   case when exists (select 1 from account taken where lower(taken.username) = lower(p.id_number))
                        then 'w' || p.id_number || '-' || p.id else p.id_number end,
                   'WORKER', 'PENDING_ACTIVATION', p.id
              from person p
             where p.id in (:ids)
               and not exists (select 1 from account a where a.person_id = p.id and a.role = 'WORKER')
            """;

    @Override
    public int ensurePending(Collection<Long> personIds) {
        List<Long> ids = new ArrayList<>(personIds);
        int created = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            created += Panache.getEntityManager().createNativeQuery(INSERT)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .executeUpdate();
        }
        return created;
    }
}
