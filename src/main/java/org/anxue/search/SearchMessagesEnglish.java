package org.anxue.search;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import java.math.BigDecimal;

/** English texts of course search; the zh-CN originals are in {@link SearchMessages}. */
@Localized("en")
public interface SearchMessagesEnglish extends SearchMessages {

    @Override
    @Message("Search: {q}")
    String resultsTitle(String q);

    @Override
    @Message("{total} {#if total == 1}course matches{#else}courses match{/if} “{q}”")
    String resultCount(long total, String q);

    @Override
    @Message("Full-text search is unavailable right now: these results come from simple matching (every word in the title, summary, outline or institution name), without synonyms or filter counts.")
    String fallbackNotice();

    @Override
    @Message("No course matches “{q}” exactly.")
    String noMatch(String q);

    @Override
    @Message("The nearest courses:")
    String alternatives();

    @Override
    @Message("The nearest courses, outside your filters:")
    String alternativesWithoutFilters();

    @Override
    @Message("Most relevant")
    String sortRelevance();

    @Override
    @Message("Refine")
    String facetsTitle();

    @Override
    @Message("Industry")
    String facetIndustry();

    @Override
    @Message("Post")
    String facetPostKind();

    @Override
    @Message("Training type")
    String facetTrainingType();

    @Override
    @Message("Institution")
    String facetInstitution();

    @Override
    @Message("Class hours")
    String facetHours();

    @Override
    @Message("{#if max}{min.toPlainString}–{max.toPlainString} class hours{#else}over {min.toPlainString} class hours{/if}")
    String hoursRange(BigDecimal min, BigDecimal max);

    @Override
    @Message("Clear")
    String facetClear();

    @Override
    @Message("Suggestions")
    String suggestionsLabel();

    @Override
    @Message("“{value}” is not a known order")
    String unknownOrder(String value);

    @Override
    @Message("Course search index")
    String adminTitle();

    @Override
    @Message("The course index is built from the published courses in PostgreSQL. A rebuild creates a new index, loads every course into it, then switches the alias in one step and deletes the old index; meanwhile search keeps using the old index and course changes go into both. Changing the synonym list takes a rebuild.")
    String adminLead();

    @Override
    @Message("Current index")
    String currentIndex();

    @Override
    @Message("(no index yet)")
    String noIndex();

    @Override
    @Message("Courses in the index")
    String indexedCourses();

    @Override
    @Message("Changes waiting")
    String pendingChanges();

    @Override
    @Message("Synonym rules")
    String synonymRules();

    @Override
    @Message("Elasticsearch is unavailable: {problem}")
    String elasticsearchProblem(String problem);

    @Override
    @Message("Elasticsearch is not enabled; search uses PostgreSQL.")
    String elasticsearchDisabled();

    @Override
    @Message("Start a rebuild")
    String startRebuild();

    @Override
    @Message("Rebuilds")
    String rebuilds();

    @Override
    @Message("{done} / {total} courses")
    String progressCount(int done, int total);

    @Override
    @Message("{#when status}{#is 'RUNNING'}running{#is 'DONE'}done{#is 'FAILED'}failed{/when}")
    String rebuildStatus(String status);

    @Override
    @Message("A rebuild is already running")
    String rebuildRunning();

    @Override
    @Message("The rebuild could not start: {problem}")
    String rebuildFailed(String problem);

    @Override
    @Message("Index")
    String columnIndex();

    @Override
    @Message("Status")
    String columnStatus();

    @Override
    @Message("Progress")
    String columnProgress();

    @Override
    @Message("Started by")
    String columnStartedBy();

    @Override
    @Message("Started")
    String columnStartedAt();

    @Override
    @Message("Error")
    String columnError();
}
