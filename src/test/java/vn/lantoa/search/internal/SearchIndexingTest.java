package vn.lantoa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.search.SearchDocument;
import vn.lantoa.search.SearchHit;
import vn.lantoa.search.SearchQuery;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Rebuilding the index from the stored documents: who may (an administrator of a root unit, on the
 * page and in the API), what it repairs (rows the index never saw, rows deleted behind its back), the
 * audit entry, and the start-up check that rebuilds an index whose count differs from the table's.
 */
@IntegrationTest
class SearchIndexingTest {

    private static final String ROOT_ADMIN = "quantri.tw";
    private static final String PROVINCE_ADMIN = "quantri";
    private static final String OFFICER = "canbo.hacthanh";

    @LocalServerPort
    int port;

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    JdbcClient jdbc;

    private final long section = 9_900_000 + (System.nanoTime() % 100_000);

    @AfterEach
    void noRebuildLeftRunning() {
        awaitRebuilt();
    }

    private void awaitRebuilt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> indexing.status().state() != SearchIndexing.State.RUNNING);
    }

    /** A row written straight into the table: the index does not learn of it. */
    private String storedBehindTheIndexesBack(String title) {
        String key = "test:" + UUID.randomUUID();
        jdbc.sql("""
                insert into search_document (doc_key, title, summary, body_text, url, section_id, published_at)
                values (:key, :title, 'Sapo.', 'Thân bài.', :url, :section, now())
                """).param("key", key).param("title", title).param("url", "/tin/" + key).param("section", section).update();
        return key;
    }

    private java.util.List<String> found(String text) {
        return search.search(new SearchQuery(text, section, null, null, null, 0, 10)).hits().stream().map(SearchHit::key).toList();
    }

    @Test
    void onlyAdministratorsSeeThePageAndOnlyThoseOfARootUnitRebuild() {
        WebSession officer = WebSession.login(port, OFFICER);
        assertThat(officer.get("/admin/search").status()).isEqualTo(403);
        assertThat(officer.post("/admin/search/reindex", Map.of()).status()).isEqualTo(403);
        assertThat(officer.get("/admin").body()).doesNotContain("href=\"/admin/search\"");

        WebSession provinceAdmin = WebSession.login(port, PROVINCE_ADMIN);
        WebSession.Page readOnly = provinceAdmin.get("/admin/search");
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(readOnly.body())).contains("Tài liệu trong chỉ mục",
                "Chỉ quản trị viên của đơn vị cấp cao nhất mới lập lại được chỉ mục").doesNotContain("action=\"/admin/search/reindex\"");
        assertThat(provinceAdmin.post("/admin/search/reindex", Map.of()).status()).isEqualTo(403);

        WebSession rootAdmin = WebSession.login(port, ROOT_ADMIN);
        WebSession.Page page = rootAdmin.get("/admin/search");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/admin/search/reindex\"", "href=\"/admin/search\"");
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Lập lại chỉ mục");
        assertThat(indexing.status().state()).as("nobody could start one").isNotEqualTo(SearchIndexing.State.RUNNING);
    }

    @Test
    void theApiRefusesOthersAndStartsARebuildForARootAdministrator() {
        assertThat(ApiClient.as(port, OFFICER).post("/api/v1/search/reindex", "{}").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, OFFICER).get("/api/v1/search/index").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, PROVINCE_ADMIN).post("/api/v1/search/reindex", "{}").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, PROVINCE_ADMIN).get("/api/v1/search/index").status()).isEqualTo(200);
        String key = storedBehindTheIndexesBack("Hội thảo sinh kế bền vững qua API");

        ApiClient admin = ApiClient.as(port, ROOT_ADMIN);
        ApiClient.Reply started = admin.post("/api/v1/search/reindex", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        awaitRebuilt();

        ApiClient.Reply status = admin.get("/api/v1/search/index");
        assertThat(status.json().get("state").asString()).isEqualTo("FINISHED");
        assertThat(status.json().get("startedBy").asString()).isEqualTo(ROOT_ADMIN);
        assertThat(status.json().get("indexed").asLong()).isEqualTo(status.json().get("stored").asLong());
        assertThat(found("sinh ke ben vung")).containsExactly(key);
        ApiClient.Reply hits = admin.get("/api/v1/search?q=sinh%20ke%20ben%20vung&sectionId=" + section);
        assertThat(hits.status()).isEqualTo(200);
        assertThat(hits.json().get("total").asLong()).isEqualTo(1);
        assertThat(hits.json().get("hits").get(0).get("titleHtml").asString()).contains("<mark>sinh</mark>");
    }

    @Test
    void aRebuildIndexesWhatTheTableHoldsAndNothingElse() {
        String unseen = storedBehindTheIndexesBack("Mô hình nuôi ong lấy mật");
        String deletedKey = "test:" + UUID.randomUUID();
        search.index(new SearchDocument(deletedKey, "Mô hình nuôi ong đã gỡ", null, null, "/tin/gỡ", section, null, null, null, null,
                Instant.now(), null));
        jdbc.sql("delete from search_document where doc_key = ?").param(deletedKey).update();
        assertThat(found("nuoi ong")).containsExactly(deletedKey);

        WebSession admin = WebSession.login(port, ROOT_ADMIN);
        WebSession.Page posted = admin.post("/admin/search/reindex", Map.of());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/admin/search");
        awaitRebuilt();

        assertThat(found("nuoi ong")).containsExactly(unseen);
        SearchIndexing.Status status = indexing.status();
        assertThat(status.state()).isEqualTo(SearchIndexing.State.FINISHED);
        assertThat(status.indexed()).isEqualTo(status.stored());
        assertThat(status.processed()).isEqualTo(status.stored());
        assertThat(HtmlUtils.htmlUnescape(admin.get("/admin/search").body())).contains("Đã lập lại chỉ mục: " + status.processed());
        assertThat(HtmlUtils.htmlUnescape(admin.htmx("/admin/search/status").body()))
                .contains("id=\"search-status\"", "Đã lập lại chỉ mục").doesNotContain("<html");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'searchIndex.rebuilt' and actor_name = ?")
                .param(ROOT_ADMIN).query(Long.class).single()).isPositive();
    }

    @Test
    void theStartUpCheckRebuildsAnIndexThatDoesNotMatchTheTable() {
        awaitRebuilt();
        Instant before = indexing.status().startedAt();
        indexing.checkOnStart();
        assertThat(indexing.status().startedAt()).as("counts match: nothing to do").isEqualTo(before);

        String key = storedBehindTheIndexesBack("Lớp học tiếng Anh miễn phí cho trẻ em");
        assertThat(found("tieng anh mien phi")).isEmpty();
        indexing.checkOnStart();
        assertThat(indexing.status().startedBy()).isEqualTo("system");
        awaitRebuilt();
        assertThat(found("tieng anh mien phi")).containsExactly(key);
    }
}
