package vn.lantoa.portal.legacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/**
 * Old addresses of the former website that now lead to stories: looked up when an address is unknown,
 * imported from files (preview, then all or nothing), listed and deleted by the site's admins and
 * editors (a role on a unit that contains the site's union).
 */
@Service
public class LegacyUrls {

    /** Where an old address leads: the story's new link, or nothing when the story is no longer published. */
    public record Match(long storyId, Optional<String> location) {
    }

    /** A stored redirect, as the admin list shows it (story null when no longer published). */
    public record Mapping(long id, String oldPath, long storyId, StoryCard story, String storyUrl, Instant createdAt) {
    }

    /** An uploaded file between preview and application. */
    public record ImportJob(long id, long siteId, long createdBy, String fileName, String status, int added, Instant createdAt) {

        public boolean isApplied() {
            return "APPLIED".equals(status);
        }
    }

    public record Preview(ImportJob job, LegacyPlan plan) {
    }

    static final int CHUNK = 5_000;
    private static final String SEARCH = "(old_path like :q or cast(story_id as text) = :exact)";
    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final PublishedStories published;
    private final Sites sites;
    private final AuditLog audit;

    LegacyUrls(JdbcClient jdbc, PublishedStories published, Sites sites, AuditLog audit) {
        this.jdbc = jdbc;
        this.published = published;
        this.sites = sites;
        this.audit = audit;
    }

    // --- answering old addresses ------------------------------------------------------------------

    /** The redirect of a request's address (raw URI and query string) on a site, if one was imported. */
    @Transactional(readOnly = true)
    public Optional<Match> find(Site site, String requestUri, String queryString) {
        String oldPath = LegacyPath.ofRequest(requestUri, queryString);
        if (LegacyPath.isReserved(oldPath)) {
            return Optional.empty();
        }
        return jdbc.sql("select story_id from portal_legacy_url where site_id = :site and old_path = :path")
                .param("site", site.id()).param("path", oldPath).query(Long.class).optional()
                .map(storyId -> new Match(storyId, published.cards(List.of(storyId)).stream().findFirst()
                        .map(card -> PortalLinks.story(card.id(), card.title()))));
    }

    // --- who may manage them ----------------------------------------------------------------------

    /** The sites whose redirects this person manages: ADMIN or EDITOR on a unit containing the site's union. */
    public List<Site> manageable(Actor actor) {
        List<Site> all = sites.all();
        if (all.isEmpty()) {
            sites.forHost(null);
            all = sites.all();
        }
        return all.stream().filter(site -> mayManage(actor, site)).toList();
    }

    public Site site(Actor actor, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new Forbidden("portal.legacy.error.forbidden"));
        requireManager(actor, site);
        return site;
    }

    static boolean mayManage(Actor actor, Site site) {
        return actor.may(site.unitPath(), Role.ADMIN, Role.EDITOR);
    }

    private static void requireManager(Actor actor, Site site) {
        if (!mayManage(actor, site)) {
            throw new Forbidden("portal.legacy.error.forbidden");
        }
    }

    // --- the list ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public long count(Actor actor, Site site, String search) {
        requireManager(actor, site);
        return jdbc.sql("select count(*) from portal_legacy_url where site_id = :site and " + SEARCH)
                .param("site", site.id()).param("q", like(search)).param("exact", exact(search)).query(Long.class).single();
    }

    /** A page of the site's redirects, newest first; search finds old addresses containing the words, or a story number. */
    @Transactional(readOnly = true)
    public List<Mapping> list(Actor actor, Site site, String search, int page) {
        requireManager(actor, site);
        List<Object[]> rows = jdbc.sql("""
                select id, old_path, story_id, created_at from portal_legacy_url
                where site_id = :site and %s
                order by created_at desc, id desc offset :offset limit :limit
                """.formatted(SEARCH))
                .param("site", site.id()).param("q", like(search)).param("exact", exact(search))
                .param("offset", Math.max(0, page) * PAGE_SIZE).param("limit", PAGE_SIZE)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("old_path"), rs.getLong("story_id"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()})
                .list();
        Map<Long, StoryCard> stories = new HashMap<>();
        published.cards(rows.stream().map(r -> (Long) r[2]).distinct().toList()).forEach(c -> stories.put(c.id(), c));
        return rows.stream().map(r -> {
            StoryCard story = stories.get((Long) r[2]);
            return new Mapping((Long) r[0], (String) r[1], (Long) r[2], story,
                    story == null ? null : PortalLinks.story(story.id(), story.title()), (Instant) r[3]);
        }).toList();
    }

    @Transactional
    public void delete(Actor actor, Site site, long id) {
        requireManager(actor, site);
        jdbc.sql("delete from portal_legacy_url where id = :id and site_id = :site returning old_path, story_id")
                .param("id", id).param("site", site.id())
                .query((rs, n) -> {
                    audit.record(AuditEntry.of("LEGACY_URL_DELETED", "LEGACY_URL", id, rs.getString("old_path"), site.unitPath(),
                            "site=" + site.id() + ", story=" + rs.getLong("story_id")));
                    return id;
                }).optional();
    }

    // --- importing --------------------------------------------------------------------------------

    /** Reads and checks a file, keeps it for applying, and says what it would add. Nothing is redirected yet. */
    @Transactional
    public Preview upload(Actor actor, Site site, String fileName, byte[] content) {
        requireManager(actor, site);
        LegacyPlan plan = plan(site, LegacyFile.read(content));
        long id = jdbc.sql("""
                insert into portal_legacy_import (site_id, created_by, file_name, content)
                values (:site, :by, :name, :content) returning id
                """)
                .param("site", site.id()).param("by", actor.accountId()).param("name", limit(fileName, 300))
                .param("content", content).query(Long.class).single();
        return new Preview(job(actor, id), plan);
    }

    /** The file's plan against the redirects and stories as they are now. */
    @Transactional(readOnly = true)
    public Preview preview(Actor actor, long id) {
        ImportJob job = job(actor, id);
        Site site = site(actor, job.siteId());
        return new Preview(job, job.isApplied() ? null : plan(site, LegacyFile.read(content(id))));
    }

    /** Checks the file again and adds all its redirects in one transaction, or none. Returns how many were added. */
    @Transactional
    public int apply(Actor actor, long id) {
        ImportJob job = job(actor, id);
        Site site = site(actor, job.siteId());
        if (job.isApplied()) {
            throw new InvalidInput("file", "portal.legacy.error.alreadyApplied");
        }
        LegacyPlan plan = plan(site, LegacyFile.read(content(id)));
        if (!plan.problems().isEmpty()) {
            throw new InvalidInput("file", "portal.legacy.error.hasProblems", plan.problems().size());
        }
        int claimed = jdbc.sql("update portal_legacy_import set status = 'APPLIED', applied = :n, content = ''::bytea "
                        + "where id = :id and status = 'PREVIEWED'")
                .param("n", plan.additions().size()).param("id", id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "portal.legacy.error.alreadyApplied");
        }
        List<LegacyPlan.Addition> additions = plan.additions();
        for (int from = 0; from < additions.size(); from += CHUNK) {
            List<LegacyPlan.Addition> chunk = additions.subList(from, Math.min(additions.size(), from + CHUNK));
            jdbc.sql("""
                    insert into portal_legacy_url (site_id, old_path, story_id, created_by)
                    select ?, p, s, ? from unnest(?::text[], ?::bigint[]) as t(p, s)
                    """)
                    .params(site.id(), actor.accountId(), chunk.stream().map(LegacyPlan.Addition::oldPath).toArray(String[]::new),
                            chunk.stream().map(LegacyPlan.Addition::storyId).toArray(Long[]::new))
                    .update();
        }
        audit.record(AuditEntry.of("LEGACY_URLS_IMPORTED", "LEGACY_URL_IMPORT", id, job.fileName(), site.unitPath(),
                "site=" + site.id() + ", added=" + additions.size() + ", unchanged=" + plan.unchanged()));
        return additions.size();
    }

    public ImportJob job(Actor actor, long id) {
        ImportJob job = jdbc.sql("""
                select id, site_id, created_by, file_name, status, applied, created_at from portal_legacy_import where id = :id
                """).param("id", id)
                .query((rs, n) -> new ImportJob(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("created_by"),
                        rs.getString("file_name"), rs.getString("status"), rs.getInt("applied"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFound("portal.legacy.error.importNotFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("portal.legacy.error.importNotFound");
        }
        return job;
    }

    private LegacyPlan plan(Site site, List<LegacyFile.Row> rows) {
        return LegacyPlan.of(rows, site.unitPath(), site.name(), new LegacyPlan.Lookup() {
            @Override
            public Map<String, Long> existing(Collection<String> oldPaths) {
                Map<String, Long> found = new HashMap<>();
                List<String> all = List.copyOf(oldPaths);
                for (int from = 0; from < all.size(); from += CHUNK) {
                    jdbc.sql("select old_path, story_id from portal_legacy_url where site_id = ? and old_path = any(?::text[])")
                            .params(site.id(), all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(String[]::new))
                            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                            .forEach(e -> found.put(e.getKey(), e.getValue()));
                }
                return found;
            }

            @Override
            public Map<Long, String> publishedStories(Collection<Long> storyIds) {
                Map<Long, String> found = new HashMap<>();
                List<Long> all = new ArrayList<>(storyIds);
                for (int from = 0; from < all.size(); from += CHUNK) {
                    published.cards(all.subList(from, Math.min(all.size(), from + CHUNK)))
                            .forEach(card -> found.put(card.id(), card.authorUnitPath()));
                }
                return found;
            }
        });
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from portal_legacy_import where id = :id").param("id", id).query(byte[].class).single();
    }

    private static String like(String search) {
        String q = exact(search).toLowerCase(java.util.Locale.ROOT);
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String exact(String search) {
        return search == null ? "" : search.strip();
    }

    private static String limit(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
