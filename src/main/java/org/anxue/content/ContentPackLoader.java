package org.anxue.content;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.anxue.org.Bureau;
import org.anxue.security.Passwords;
import org.jboss.logging.Logger;

/**
 * Stores a content pack in one transaction: all of it or, on any problem, none of it. The pack is
 * read and checked in full before the transaction starts ({@link ContentPackReader}); a row the
 * database still refuses (a username that already exists, say) rolls everything back.
 */
@ApplicationScoped
public class ContentPackLoader {

    private static final Logger LOG = Logger.getLogger(ContentPackLoader.class);
    /** Serialises pack loading across replicas that start together (pg_advisory_xact_lock key). */
    private static final long LOCK_KEY = 0x616e787565L; // "anxue"

    /** What a load did. */
    public record Result(boolean loaded, String pack, Map<String, Integer> counts, long millis) {
    }

    @Inject
    Passwords passwords;

    /** Reads and checks the pack at {@code source}; nothing is stored. */
    public ContentPack read(PackSource source) {
        long start = System.nanoTime();
        ContentPack pack = new ContentPackReader(passwords::hash).read(source);
        pack.readMillis = elapsed(start);
        return pack;
    }

    /** Stores the pack at {@code source} unconditionally, in one transaction. */
    public Result load(PackSource source) {
        long start = System.nanoTime();
        ContentPack pack = read(source);
        QuarkusTransaction.requiringNew().run(() -> persist(pack));
        return done(pack, start);
    }

    /**
     * Stores the pack at {@code source} if the database has no bureau yet, and leaves the data
     * alone otherwise. Replicas starting together take turns, so only the first one loads.
     */
    public Result loadIfEmpty(PackSource source) {
        long start = System.nanoTime();
        if (QuarkusTransaction.requiringNew().call(() -> Bureau.count()) > 0) {
            return new Result(false, source.describe(), Map.of(), elapsed(start));
        }
        ContentPack pack = read(source);
        boolean loaded = QuarkusTransaction.requiringNew().call(() -> {
            em().createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
            if (Bureau.count() > 0) {
                return false;
            }
            persist(pack);
            return true;
        });
        return loaded ? done(pack, start) : new Result(false, pack.name(), Map.of(), elapsed(start));
    }

    private void persist(ContentPack pack) {
        EntityManager em = em();
        for (Object entity : pack.entities()) {
            em.persist(entity);
        }
        em.flush();
    }

    private Result done(ContentPack pack, long start) {
        Result result = new Result(true, pack.name(), pack.counts(), elapsed(start));
        LOG.infof("Content pack '%s' loaded from %s in %d ms (read and checked in %d ms): %s", pack.name(),
                pack.source, result.millis(), pack.readMillis, result.counts());
        return result;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
