package org.anxue.es.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Analysis components for Chinese course search.
 *
 * <p>The server jar alone only knows the {@code standard} tokenizer, the {@code stop},
 * {@code shingle} and {@code hunspell} filters and a pre-configured {@code lowercase}; the
 * {@code analysis-common} and {@code analysis-smartcn} modules are not available as Maven
 * artifacts. This plugin registers the pieces the application needs, built directly on the
 * Lucene analysis classes:
 * <ul>
 *   <li>analyzers {@code cjk} and {@code smartcn};</li>
 *   <li>tokenizers {@code smartcn_tokenizer}, {@code keyword}, {@code whitespace};</li>
 *   <li>token filters {@code lowercase}, {@code cjk_width}, {@code cjk_bigram},
 *       {@code edge_ngram}, {@code synonym_graph} and {@code synonym};</li>
 *   <li>char filter {@code html_strip}.</li>
 * </ul>
 */
public final class AnxueAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "cjk", CjkAnalyzerProvider::new,
                "smartcn", SmartcnAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "smartcn_tokenizer", Tokenizers::smartcn,
                "keyword", Tokenizers::keyword,
                "whitespace", Tokenizers::whitespace);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "lowercase", TokenFilters::lowercase,
                "cjk_width", TokenFilters::cjkWidth,
                "cjk_bigram", TokenFilters::cjkBigram,
                "edge_ngram", TokenFilters::edgeNgram,
                "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
                        (indexSettings, env, name, settings) -> new SynonymTokenFilterFactory(env, name, settings, false)),
                "synonym", AnalysisPlugin.requiresAnalysisSettings(
                        (indexSettings, env, name, settings) -> new SynonymTokenFilterFactory(env, name, settings, true)));
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("html_strip", CharFilters::htmlStrip);
    }
}
