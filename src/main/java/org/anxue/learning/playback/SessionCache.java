package org.anxue.learning.playback;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A writer's sessions between batches. A batch takes its sessions out and puts them back only
 * after it committed, so a failed batch leaves nothing behind that the database does not hold.
 * Bounded: sessions idle for long, and the least recently used beyond the size limit, are dropped
 * (the database still has them; the next command reloads). One thread at a time.
 */
final class SessionCache {

    private final int maxSize;
    private final long idleNanos;
    private final LinkedHashMap<UUID, CachedSession> sessions;

    SessionCache(int maxSize, long idleNanos) {
        this.maxSize = maxSize;
        this.idleNanos = idleNanos;
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, CachedSession> eldest) {
                return size() > SessionCache.this.maxSize;
            }
        };
    }

    /** Removes and returns the session's cached state, if any. */
    CachedSession take(UUID id) {
        return sessions.remove(id);
    }

    void put(CachedSession session) {
        if (maxSize > 0) {
            sessions.put(session.session.id().value(), session);
        }
    }

    /** Drops sessions no command touched for the idle time. */
    void evictIdle(long nowNanos) {
        for (Iterator<CachedSession> it = sessions.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next().touchedNanos > idleNanos) {
                it.remove();
            }
        }
    }

    void clear() {
        sessions.clear();
    }

    int size() {
        return sessions.size();
    }
}
