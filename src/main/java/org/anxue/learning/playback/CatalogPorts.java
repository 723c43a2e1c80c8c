package org.anxue.learning.playback;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/**
 * The {@link LessonDirectory} and {@link CheckpointQuestions} used while no catalog provides them.
 * Both are default beans: as soon as the catalog declares its own implementations, these step
 * aside. Without a catalog there are no lessons, so opening a session answers 404 "lesson not
 * found" and no checkpoint is ever asked. With {@code anxue.learning.bench.enabled=true} the
 * synthetic lessons of {@link BenchCatalog} are served instead (benchmark and process tests).
 */
@ApplicationScoped
public class CatalogPorts {

    @Produces
    @DefaultBean
    @ApplicationScoped
    LessonDirectory lessonDirectory(LearningConfig config) {
        return config.bench().enabled() ? new BenchCatalog() : NO_CATALOG;
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    CheckpointQuestions checkpointQuestions(LearningConfig config) {
        return config.bench().enabled() ? new BenchCatalog() : NO_CATALOG;
    }

    /** No catalog installed: no lessons, and so no question is ever drawn. */
    static final NoCatalog NO_CATALOG = new NoCatalog();

    static final class NoCatalog implements LessonDirectory, CheckpointQuestions {

        @Override
        public Optional<LessonVideo> find(long lessonId) {
            return Optional.empty();
        }

        @Override
        public CheckpointQuestion draw(long courseId, String nonce) {
            throw new IllegalStateException("no course catalog is installed, so course " + courseId + " has no question bank");
        }

        @Override
        public boolean isCorrect(long courseId, String nonce, String answer) {
            throw new IllegalStateException("no course catalog is installed, so course " + courseId + " has no question bank");
        }
    }
}
