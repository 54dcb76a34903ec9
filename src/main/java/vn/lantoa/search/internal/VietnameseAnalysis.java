package vn.lantoa.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of Vietnamese text, the same for the Lucene and the Elasticsearch/OpenSearch backend
 * (one class serves both, so that switching backends is a matter of configuration only):
 * <ul>
 * <li>{@value #EXACT}: words (Vietnamese writes one syllable per word, so the standard tokenizer
 * cuts at the right places), lower case, diacritics kept: "phụ" and "phu" are different words;</li>
 * <li>{@value #FOLDED}: the same with diacritics folded to ASCII, đ/Đ to d: "phụ", "phủ", "phu" are
 * one word;</li>
 * <li>{@value #PREFIX}: folded words cut into their beginnings (1 to {@value #MAX_PREFIX} letters),
 * for suggestions while typing; searched with {@value #FOLDED}.</li>
 * </ul>
 * Text reaches the analyzers in Unicode NFC (composed), which ASCII folding needs: the module
 * normalizes documents and queries before they get here. On Lucene, {@link VietnameseFoldingFilter}
 * folds Vietnamese letters before the ASCII folding filter, which then has almost nothing left to
 * do: the same result, several times faster (see that class). Elasticsearch/OpenSearch use their
 * own asciifolding.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    public static final String EXACT = "vi_exact";
    public static final String FOLDED = "vi_folded";
    public static final String PREFIX = "vi_prefix";
    static final int MAX_PREFIX = 20;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(EXACT).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer(FOLDED).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(VietnameseFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(PREFIX).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(VietnameseFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(MAX_PREFIX));
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("vi_edge_ngram").type("edge_ngram").param("min_gram", 1).param("max_gram", MAX_PREFIX);
        context.analyzer(EXACT).custom().tokenizer("standard").tokenFilters("lowercase");
        context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(PREFIX).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", "vi_edge_ngram");
    }
}
