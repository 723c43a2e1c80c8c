package org.anxue.oversight.exports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background exports (一人一档 / 一企一档): how long their files are kept, {@code anxue.oversight.exports.*}. */
@ConfigMapping(prefix = "anxue.oversight.exports")
public interface ExportConfig {

    /**
     * How long a finished export's file stays in S3, counted from when it was finished; then the sweep
     * deletes it and the job becomes EXPIRED (the officer can export the same subject again).
     */
    @WithDefault("7d")
    Duration retention();

    /**
     * How often the sweep runs (it deletes expired files and whatever a FAILED job left in S3); read by
     * the scheduler as {@code ${anxue.oversight.exports.sweep-every}}.
     */
    @WithDefault("1h")
    Duration sweepEvery();
}
