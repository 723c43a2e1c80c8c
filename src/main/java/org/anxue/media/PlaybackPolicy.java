package org.anxue.media;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may watch a video: the playlist, the MP4 and the poster are handed out only when this says
 * yes. The media feature does not know about courses; the catalog and learning features decide
 * (an enrolled learner, a reviewer, the institution that uploaded it) by providing their own
 * {@code @ApplicationScoped} implementation, which replaces {@link OwnerOnlyPlaybackPolicy}.
 */
public interface PlaybackPolicy {

    /**
     * @param viewer an authenticated identity (anonymous requests are refused before this is asked)
     * @param media the video and who uploaded it
     * @return whether {@code viewer} may receive playback URLs for {@code media}
     */
    boolean mayWatch(SecurityIdentity viewer, MediaRef media);

    /** What the policy needs to know about a video. */
    record MediaRef(java.util.UUID id, String ownerId, String tenantId) {
    }
}
