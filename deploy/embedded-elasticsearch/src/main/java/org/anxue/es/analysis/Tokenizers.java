package org.anxue.es.analysis;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.TokenizerFactory;

/** Tokenizer factories; each method matches {@code AnalysisProvider<TokenizerFactory>}. */
final class Tokenizers {

    private Tokenizers() {
    }

    /** {@code smartcn_tokenizer}: sentence splitting plus HMM word segmentation. */
    static TokenizerFactory smartcn(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return TokenizerFactory.newFactory(name, HMMChineseTokenizer::new);
    }

    /** {@code keyword}: the whole input as one token; {@code buffer_size} (default 256). */
    static TokenizerFactory keyword(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        int bufferSize = settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE);
        if (bufferSize <= 0) {
            throw new IllegalArgumentException("[buffer_size] must be positive for tokenizer [" + name + "]");
        }
        return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
    }

    /** {@code whitespace}: splits on whitespace; {@code max_token_length} (default 255). */
    static TokenizerFactory whitespace(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        int maxTokenLength = settings.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
        if (maxTokenLength <= 0) {
            throw new IllegalArgumentException("[max_token_length] must be positive for tokenizer [" + name + "]");
        }
        return TokenizerFactory.newFactory(name,
                () -> new WhitespaceTokenizer(maxTokenLength));
    }
}
