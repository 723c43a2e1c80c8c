package org.anxue.media;

import io.quarkus.arc.DefaultBean;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Until the catalog decides who watches what: only the account that uploaded a video may watch it. */
@DefaultBean
@ApplicationScoped
public class OwnerOnlyPlaybackPolicy implements PlaybackPolicy {

    @Override
    public boolean mayWatch(SecurityIdentity viewer, MediaRef media) {
        return !viewer.isAnonymous() && MediaOwner.of(viewer).ownerId().equals(media.ownerId());
    }
}
