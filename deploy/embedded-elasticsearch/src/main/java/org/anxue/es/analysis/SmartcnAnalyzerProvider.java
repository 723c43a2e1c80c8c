package org.anxue.es.analysis;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * The {@code smartcn} analyzer: Lucene's SmartChineseAnalyzer (HMM word segmentation of
 * Simplified Chinese, Porter stemming of English words). Stop words are the Lucene defaults
 * unless {@code stopwords}/{@code stopwords_path} is given.
 */
final class SmartcnAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {

    private final SmartChineseAnalyzer analyzer;

    SmartcnAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        analyzer = new SmartChineseAnalyzer(
                Analysis.parseStopWords(env, settings, SmartChineseAnalyzer.getDefaultStopSet()));
    }

    @Override
    public SmartChineseAnalyzer get() {
        return analyzer;
    }
}
