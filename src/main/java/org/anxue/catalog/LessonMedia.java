package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.media.MediaAsset;
import org.anxue.media.MediaUpload;

/**
 * The state of lesson videos in the media feature: uploading, being processed (with progress),
 * ready with their probed duration, or failed with the reason.
 */
@ApplicationScoped
public class LessonMedia {

    /**
     * @param state UPLOADING, QUEUED, PROBING, PACKAGING, READY or FAILED (or ABORTED / EXPIRED for
     *              an upload that never completed)
     */
    public record Info(String state, int progress, Long durationMillis, String failureReason) {

        public boolean ready() {
            return "READY".equals(state) && durationMillis != null;
        }

        public boolean failed() {
            return "FAILED".equals(state) || "ABORTED".equals(state) || "EXPIRED".equals(state);
        }
    }

    /** What the media feature knows about each id (ids it does not know are left out). */
    public Map<UUID, Info> of(Collection<UUID> ids) {
        Map<UUID, Info> info = new HashMap<>();
        if (ids.isEmpty()) {
            return info;
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        for (MediaAsset asset : MediaAsset.<MediaAsset>list("id in ?1", distinct)) {
            info.put(asset.id, new Info(asset.state.name(), asset.progress,
                    asset.state == MediaAsset.State.READY ? asset.durationMs : null, asset.failureReason));
        }
        if (info.size() < distinct.size()) {
            for (MediaUpload upload : MediaUpload.<MediaUpload>list("id in ?1", distinct)) {
                info.putIfAbsent(upload.id, new Info(upload.status.name(), 0, null, null));
            }
        }
        return info;
    }

    /** The video time that counts: the durations of the READY videos, each video once. */
    public long videoMillis(CourseVersion version) {
        return videoMillis(version, of(videoIds(version)));
    }

    /** The same, from states already read with {@link #of}. */
    public long videoMillis(CourseVersion version, Map<UUID, Info> info) {
        long total = 0;
        for (UUID id : videoIds(version)) {
            Info i = info.get(id);
            if (i != null && i.ready()) {
                total += i.durationMillis();
            }
        }
        return total;
    }

    private static List<UUID> videoIds(CourseVersion version) {
        return version.lessons().filter(l -> l.kind == LessonKind.VIDEO && l.mediaId != null)
                .map(l -> l.mediaId).distinct().toList();
    }
}
