package org.anxue.catalog;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The course catalog: {@code anxue.catalog.*}. */
@ConfigMapping(prefix = "anxue.catalog")
public interface CatalogConfig {

    /** Minutes of video that make one class hour (学时); a course's videos must last its declared hours. */
    @WithDefault("45")
    int minutesPerClassHour();

    /** Questions a course's bank needs before it can be submitted for review. */
    @WithDefault("5")
    int minQuestions();

    /** Largest cover image accepted (JPEG or PNG; it is stored as a 640x360 JPEG thumbnail). */
    @WithDefault("5M")
    MemorySize maxCoverSize();

    /** Largest PDF accepted for a document lesson (also bounded by quarkus.http.limits.max-body-size). */
    @WithDefault("20M")
    MemorySize maxDocumentSize();

    /** Validity of the presigned URL a document lesson's link redirects to. */
    @WithDefault("10M")
    Duration documentUrlTtl();
}
