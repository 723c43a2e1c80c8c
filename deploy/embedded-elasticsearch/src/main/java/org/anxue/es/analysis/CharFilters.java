package org.anxue.es.analysis;

import java.io.Reader;
import java.util.Set;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.CharFilterFactory;

/** Char filter factories; each method matches {@code AnalysisProvider<CharFilterFactory>}. */
final class CharFilters {

    private CharFilters() {
    }

    /** {@code html_strip}: removes HTML markup and decodes entities; {@code escaped_tags} keeps some tags. */
    static CharFilterFactory htmlStrip(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        Set<String> escapedTags = Set.copyOf(settings.getAsList("escaped_tags"));
        return new AbstractCharFilterFactory(name) {
            @Override
            public Reader create(Reader reader) {
                return escapedTags.isEmpty() ? new HTMLStripCharFilter(reader) : new HTMLStripCharFilter(reader, escapedTags);
            }
        };
    }
}
