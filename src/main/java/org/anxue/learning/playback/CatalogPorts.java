package org.anxue.learning.playback;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Which {@link LessonDirectory} and {@link CheckpointQuestions} playback uses: the course catalog's
 * lessons and question banks ({@link CatalogLessons}), or, with {@code anxue.learning.bench.enabled=true},
 * the synthetic lessons of {@link BenchCatalog} (benchmark and process tests, which have no
 * courses). Both are default beans, so a test or another implementation may replace them.
 */
@ApplicationScoped
public class CatalogPorts {

    @Produces
    @DefaultBean
    @ApplicationScoped
    LessonDirectory lessonDirectory(LearningConfig config, CatalogLessons catalog) {
        return config.bench().enabled() ? new BenchCatalog() : catalog;
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    CheckpointQuestions checkpointQuestions(LearningConfig config, CatalogLessons catalog) {
        return config.bench().enabled() ? new BenchCatalog() : catalog;
    }
}
