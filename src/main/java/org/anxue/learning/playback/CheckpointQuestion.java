package org.anxue.learning.playback;

import java.util.List;
import java.util.Objects;

/**
 * A question as the player shows it; the correct answer stays on the server.
 *
 * @param text the question
 * @param options the choices; the answer sent back is one of them
 */
public record CheckpointQuestion(String text, List<String> options) {

    public CheckpointQuestion {
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
    }
}
