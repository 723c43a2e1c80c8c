package org.anxue.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Rewrites a stored HLS media playlist so that every segment URI is a short-lived presigned S3
 * GET URL: the player fetches segments straight from S3 and Anxue sends only the playlist text.
 * Stored playlists never change once their asset is READY, so they are cached in memory.
 */
@ApplicationScoped
public class PlaylistSigner {

    private static final int CACHED_PLAYLISTS = 2000;

    private final MediaStore store;
    private final Map<UUID, String> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
                    return size() > CACHED_PLAYLISTS;
                }
            });

    PlaylistSigner(MediaStore store) {
        this.store = store;
    }

    /** The playlist of a READY asset with signed segment URLs valid for {@code ttl}. */
    public String signedPlaylist(UUID id, String playlistKey, Duration ttl) throws IOException {
        String stored = cache.get(id);
        if (stored == null) {
            stored = store.readText(playlistKey);
            cache.put(id, stored);
        }
        String base = playlistKey.substring(0, playlistKey.lastIndexOf('/') + 1);
        var sign = store.getSigner(ttl);
        StringBuilder out = new StringBuilder(stored.length() * 4);
        for (String line : stored.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                out.append(line).append('\n');
            } else if (trimmed.contains("/") || trimmed.contains("..")) {
                throw new IOException("unexpected URI in playlist " + playlistKey + ": " + trimmed);
            } else {
                out.append(sign.apply(base + trimmed)).append('\n');
            }
        }
        return out.toString();
    }
}
