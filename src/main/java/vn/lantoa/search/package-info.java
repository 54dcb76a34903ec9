/**
 * Vietnamese full-text search over what the public site publishes. The portal puts documents in
 * ({@link vn.lantoa.search.SiteSearch#index}) and asks questions ({@link vn.lantoa.search.SiteSearch#search},
 * {@link vn.lantoa.search.SiteSearch#suggest}); this module keeps the documents in its own table and
 * their index with Hibernate Search: Lucene in-process by default, Elasticsearch or OpenSearch by
 * configuration alone. Words match with or without diacritics ("phu nu" finds "Phụ nữ"), and exact
 * diacritics rank first. It knows nothing of stories or the portal: it depends on {@code common} only.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"common"})
package vn.lantoa.search;

import org.springframework.modulith.ApplicationModule;
