package org.anxue.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anxue.media.MediaOwner;
import org.anxue.media.PlaybackPolicy;

/**
 * The media feature's playback decision, made by the catalog: the account that uploaded a video
 * may watch it (before it is attached to a lesson), and otherwise whoever {@link Watching} allows
 * for a lesson that uses the video. Replaces the media feature's owner-only default.
 */
@ApplicationScoped
public class CatalogPlaybackPolicy implements PlaybackPolicy {

    private final Watching watching;

    CatalogPlaybackPolicy(Watching watching) {
        this.watching = watching;
    }

    @Override
    @Transactional
    public boolean mayWatch(SecurityIdentity viewer, MediaRef media) {
        if (!viewer.isAnonymous() && MediaOwner.of(viewer).ownerId().equals(media.ownerId())) {
            return true;
        }
        Actor actor = Actor.of(viewer);
        return Lesson.<Lesson>list("mediaId", media.id()).stream().anyMatch(lesson -> watching.mayWatch(actor, lesson));
    }
}
