package org.anxue.es.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * The {@code synonym_graph} filter (and {@code synonym}, its graph flattened for index-time
 * use).
 *
 * <p>Settings: {@code synonyms} (inline rules) or {@code synonyms_path} (a UTF-8 file
 * relative to the node's config directory); {@code format} {@code solr} (default) or
 * {@code wordnet}; {@code expand} (default true); {@code lenient} (default false: skip rules
 * whose terms analyze to nothing instead of failing).
 *
 * <p>Rules are analyzed with the tokenizer, char filters and preceding token filters of the
 * analyzer the filter is used in, so that a multi-word Chinese synonym such as
 * {@code 危化品,危险化学品} matches the tokens that the same analyzer produces for documents.
 */
final class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

    private final String rules;
    private final boolean wordnet;
    private final boolean expand;
    private final boolean lenient;
    private final boolean flatten;

    SynonymTokenFilterFactory(Environment env, String name, Settings settings, boolean flatten) {
        super(name);
        this.flatten = flatten;
        this.expand = settings.getAsBoolean("expand", true);
        this.lenient = settings.getAsBoolean("lenient", false);
        String format = settings.get("format", "solr").toLowerCase(Locale.ROOT);
        this.wordnet = switch (format) {
            case "solr" -> false;
            case "wordnet" -> true;
            default -> throw new IllegalArgumentException(
                    "unknown [format] [" + format + "] for token filter [" + name + "]: use solr or wordnet");
        };
        if (settings.getAsBoolean("updateable", false)) {
            throw new IllegalArgumentException("token filter [" + name + "]: [updateable] synonyms are not supported by this node");
        }
        if (settings.get("synonyms_set") != null) {
            throw new IllegalArgumentException("token filter [" + name + "]: [synonyms_set] is not supported by this node; "
                    + "use [synonyms] or [synonyms_path]");
        }
        this.rules = readRules(env, name, settings);
    }

    private static String readRules(Environment env, String name, Settings settings) {
        boolean inline = settings.get("synonyms") != null || settings.getAsList("synonyms").isEmpty() == false;
        String path = settings.get("synonyms_path");
        if (inline == (path != null)) {
            throw new IllegalArgumentException(
                    "token filter [" + name + "] needs exactly one of [synonyms] or [synonyms_path]");
        }
        if (inline) {
            List<String> lines = settings.getAsList("synonyms");
            return String.join("\n", lines);
        }
        try (Reader reader = Analysis.getReaderFromFile(env, path, "synonyms_path")) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("token filter [" + name + "] cannot read [synonyms_path] " + path, e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("token filter [" + name() + "] must be used inside an analyzer chain");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters) {
        SynonymMap map;
        try (Analyzer ruleAnalyzer = new CustomAnalyzer(
                tokenizer,
                charFilters.toArray(new CharFilterFactory[0]),
                previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new))) {
            map = buildMap(ruleAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("token filter [" + name() + "] cannot read its rules", e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("token filter [" + name() + "] has an invalid synonym rule: " + e.getMessage(), e);
        }
        String filterName = name();
        boolean flattenGraph = flatten;
        return new AbstractTokenFilterFactory(filterName) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                if (map.fst == null) {
                    return tokenStream;
                }
                TokenStream synonyms = new SynonymGraphFilter(tokenStream, map, false);
                return flattenGraph ? new FlattenGraphFilter(synonyms) : synonyms;
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // A later synonym filter analyzes its rules without this one.
                return IDENTITY_FILTER;
            }
        };
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        return IDENTITY_FILTER;
    }

    private SynonymMap buildMap(Analyzer ruleAnalyzer) throws IOException, ParseException {
        SynonymMap.Parser parser;
        if (wordnet) {
            parser = lenient ? new LenientWordnetParser(expand, ruleAnalyzer) : new WordnetSynonymParser(true, expand, ruleAnalyzer);
        } else {
            parser = lenient ? new LenientSolrParser(expand, ruleAnalyzer) : new SolrSynonymParser(true, expand, ruleAnalyzer);
        }
        parser.parse(new StringReader(rules));
        return parser.build();
    }

    /** Skips terms that the analyzer turns into nothing (for example stop words). */
    private static final class LenientSolrParser extends SolrSynonymParser {
        LenientSolrParser(boolean expand, Analyzer analyzer) {
            super(true, expand, analyzer);
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            return analyzeOrEmpty(() -> super.analyze(text, reuse));
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (input.length > 0 && output.length > 0) {
                super.add(input, output, includeOrig);
            }
        }
    }

    /** Wordnet counterpart of {@link LenientSolrParser}. */
    private static final class LenientWordnetParser extends WordnetSynonymParser {
        LenientWordnetParser(boolean expand, Analyzer analyzer) {
            super(true, expand, analyzer);
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            return analyzeOrEmpty(() -> super.analyze(text, reuse));
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (input.length > 0 && output.length > 0) {
                super.add(input, output, includeOrig);
            }
        }
    }

    private interface RuleAnalysis {
        CharsRef run() throws IOException;
    }

    private static CharsRef analyzeOrEmpty(RuleAnalysis analysis) throws IOException {
        try {
            return analysis.run();
        } catch (IllegalArgumentException e) {
            return new CharsRef();
        }
    }
}
