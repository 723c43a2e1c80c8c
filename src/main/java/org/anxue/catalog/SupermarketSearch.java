package org.anxue.catalog;

import io.quarkus.qute.TemplateInstance;
import java.util.Map;

/**
 * Hook for the search feature (org.anxue.search): when the supermarket's search box has words,
 * the page is the search feature's (full text, facets, highlights), with the same filters. The
 * catalog's own page answers when no implementation is present.
 */
public interface SupermarketSearch {

    /** The supermarket page for a query with words; {@code params} are the query parameters. */
    TemplateInstance results(Map<String, String> params);
}
