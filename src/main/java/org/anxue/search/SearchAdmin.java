package org.anxue.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** The state of the course index for platform admins: alias, documents, waiting changes, rebuilds. */
@ApplicationScoped
public class SearchAdmin {

    /**
     * @param currentIndex the index behind the alias (null: none yet, or Elasticsearch unavailable)
     * @param indexedCourses documents in it (-1 when unknown)
     * @param problem why Elasticsearch could not be asked (null when it answered)
     */
    public record Status(boolean elasticsearchEnabled, String alias, String currentIndex, long indexedCourses,
                         long pendingChanges, int synonymRules, String problem, List<IndexRebuild.Progress> rebuilds) {

        public boolean running() {
            return !rebuilds.isEmpty() && rebuilds.get(0).running();
        }
    }

    private final CourseIndex index;
    private final OutboxWorker worker;
    private final IndexRebuild rebuild;
    private final SearchConfig config;

    SearchAdmin(CourseIndex index, OutboxWorker worker, IndexRebuild rebuild, SearchConfig config) {
        this.index = index;
        this.worker = worker;
        this.rebuild = rebuild;
        this.config = config;
    }

    public Status status() throws SQLException {
        String current = null;
        long count = -1;
        String problem = null;
        int rules = 0;
        try {
            rules = index.synonyms().size();
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
        if (config.elasticsearchEnabled()) {
            try {
                current = index.aliasTarget().orElse(null);
                if (current != null) {
                    count = index.count(config.alias());
                }
            } catch (IOException | RuntimeException e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        return new Status(config.elasticsearchEnabled(), config.alias(), current, count, worker.pending(), rules, problem,
                rebuild.recent(10));
    }
}
