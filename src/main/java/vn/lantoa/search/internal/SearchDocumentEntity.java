package vn.lantoa.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import vn.lantoa.search.SearchDocument;

/**
 * One searchable document as stored (table search_document) and as indexed. Every text goes into
 * two fields: the folded one (no diacritics, đ → d: "phu nu" finds "Phụ nữ"), which also keeps the
 * text for highlighting and display, and the exact one (diacritics kept), which a query can only
 * match when the reader typed the same marks and which is boosted; the title also has an edge-n-gram
 * field for suggestions while typing. Analyzers: {@link VietnameseAnalysis}. Highlighting analyzes a
 * hit's stored text again (plain highlighter): with {@link VietnameseFoldingFilter} that is cheap, and
 * it measured no slower than the fast-vector highlighter, which needs term vectors (a third more index).
 */
@Entity
@Table(name = "search_document")
@Indexed(index = SearchDocumentEntity.INDEX)
public class SearchDocumentEntity {

    static final String INDEX = "search-document";

    @Id
    @DocumentId
    @Column(name = "doc_key")
    private String key;

    @FullTextField(name = Fields.TITLE, analyzer = VietnameseAnalysis.FOLDED, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @FullTextField(name = Fields.TITLE_EXACT, analyzer = VietnameseAnalysis.EXACT)
    @FullTextField(name = Fields.TITLE_PREFIX, analyzer = VietnameseAnalysis.PREFIX, searchAnalyzer = VietnameseAnalysis.FOLDED)
    private String title;

    @FullTextField(name = Fields.SUMMARY, analyzer = VietnameseAnalysis.FOLDED, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @FullTextField(name = Fields.SUMMARY_EXACT, analyzer = VietnameseAnalysis.EXACT)
    private String summary;

    @FullTextField(name = Fields.BODY, analyzer = VietnameseAnalysis.FOLDED, highlightable = Highlightable.PLAIN)
    @FullTextField(name = Fields.BODY_EXACT, analyzer = VietnameseAnalysis.EXACT)
    private String bodyText;

    @GenericField(name = Fields.URL, projectable = Projectable.YES, searchable = Searchable.NO)
    private String url;

    @GenericField(name = Fields.SECTION_ID)
    private Long sectionId;

    @GenericField(name = Fields.SECTION_NAME, projectable = Projectable.YES, searchable = Searchable.NO)
    private String sectionName;

    private Long unitId;

    @GenericField(name = Fields.UNIT_NAME, projectable = Projectable.YES, searchable = Searchable.NO)
    private String unitName;

    @KeywordField(name = Fields.UNIT_PATH)
    private String unitPath;

    @GenericField(name = Fields.PUBLISHED_AT, projectable = Projectable.YES, sortable = Sortable.YES)
    private Instant publishedAt;

    @GenericField(name = Fields.IMAGE_URL, projectable = Projectable.YES, searchable = Searchable.NO)
    private String imageUrl;

    private Instant indexedAt;

    protected SearchDocumentEntity() {
    }

    SearchDocumentEntity(String key) {
        this.key = key;
    }

    /** Takes every value of the document, already cleaned ({@link SearchText#document}). */
    void fill(SearchDocument document, Instant now) {
        title = document.title();
        summary = document.summary();
        bodyText = document.bodyText();
        url = document.url();
        sectionId = document.sectionId();
        sectionName = document.sectionName();
        unitId = document.unitId();
        unitName = document.unitName();
        unitPath = document.unitPath();
        publishedAt = document.publishedAt();
        imageUrl = document.imageUrl();
        indexedAt = now;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The names of the index fields, for queries. */
    static final class Fields {
        static final String TITLE = "title";
        static final String TITLE_EXACT = "title_exact";
        static final String TITLE_PREFIX = "title_prefix";
        static final String SUMMARY = "summary";
        static final String SUMMARY_EXACT = "summary_exact";
        static final String BODY = "body";
        static final String BODY_EXACT = "body_exact";
        static final String URL = "url";
        static final String SECTION_ID = "sectionId";
        static final String SECTION_NAME = "sectionName";
        static final String UNIT_NAME = "unitName";
        static final String UNIT_PATH = "unitPath";
        static final String PUBLISHED_AT = "publishedAt";
        static final String IMAGE_URL = "imageUrl";

        private Fields() {
        }
    }
}
