package org.anxue.learning.completion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The final test of a course (结业考试). */
@ConfigMapping(prefix = "anxue.final-test")
public interface FinalTestConfig {

    /** Questions drawn at random from the course version's bank per attempt (the whole bank when it is smaller). */
    @WithDefault("10")
    int questions();

    /** Attempts a person may start per course version; every attempt is kept. */
    @WithDefault("3")
    int maxAttempts();

    /** Time allowed from the start of an attempt to its submission; unset means no limit. */
    Optional<Duration> timeLimit();
}
