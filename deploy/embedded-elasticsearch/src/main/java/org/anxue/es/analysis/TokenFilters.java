package org.anxue.es.analysis;

import java.util.Locale;
import java.util.function.Function;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** Token filter factories; each method matches {@code AnalysisProvider<TokenFilterFactory>}. */
final class TokenFilters {

    private TokenFilters() {
    }

    /** {@code lowercase}; optional {@code language}: greek, irish or turkish. */
    static TokenFilterFactory lowercase(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        String language = settings.get("language");
        Function<TokenStream, TokenStream> filter;
        if (language == null) {
            filter = LowerCaseFilter::new;
        } else {
            filter = switch (language.toLowerCase(Locale.ROOT)) {
                case "greek" -> GreekLowerCaseFilter::new;
                case "irish" -> IrishLowerCaseFilter::new;
                case "turkish" -> TurkishLowerCaseFilter::new;
                default -> throw new IllegalArgumentException(
                        "unknown language [" + language + "] for token filter [" + name + "]");
            };
        }
        return new NormalizingFilter(name, filter);
    }

    /** {@code cjk_width}: folds full-width ASCII to half-width and half-width Katakana to full-width. */
    static TokenFilterFactory cjkWidth(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new NormalizingFilter(name, CJKWidthFilter::new);
    }

    /**
     * {@code cjk_bigram}: bigrams of CJK characters. {@code ignored_scripts} lists scripts
     * (han, hiragana, katakana, hangul) left as unigrams; {@code output_unigrams} also emits
     * the single characters.
     */
    static TokenFilterFactory cjkBigram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        int flags = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        for (String script : settings.getAsList("ignored_scripts")) {
            flags &= ~switch (script.toLowerCase(Locale.ROOT)) {
                case "han" -> CJKBigramFilter.HAN;
                case "hiragana" -> CJKBigramFilter.HIRAGANA;
                case "katakana" -> CJKBigramFilter.KATAKANA;
                case "hangul" -> CJKBigramFilter.HANGUL;
                default -> throw new IllegalArgumentException(
                        "unknown script [" + script + "] in [ignored_scripts] of token filter [" + name + "]");
            };
        }
        int scripts = flags;
        boolean outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new CJKBigramFilter(tokenStream, scripts, outputUnigrams);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                if (outputUnigrams) {
                    throw new IllegalArgumentException("Token filter [" + name()
                            + "] cannot be used to parse synonyms unless [output_unigrams] is false");
                }
                return this;
            }
        };
    }

    /**
     * {@code edge_ngram}: prefixes of each token, {@code min_gram} (default 1) to
     * {@code max_gram} (default 2) characters; {@code preserve_original} keeps the whole token.
     */
    static TokenFilterFactory edgeNgram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("token filter [" + name + "] needs 1 <= min_gram <= max_gram, got min_gram ["
                    + minGram + "] and max_gram [" + maxGram + "]");
        }
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
            }
        };
    }

    /** A filter that may also be used in normalizers (keyword fields) because it works per character. */
    private static final class NormalizingFilter extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final Function<TokenStream, TokenStream> filter;

        NormalizingFilter(String name, Function<TokenStream, TokenStream> filter) {
            super(name);
            this.filter = filter;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return filter.apply(tokenStream);
        }
    }
}
