package vn.lantoa.portal.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.cache.PageCache;

/**
 * The sites of this installation, kept in memory (a handful of rows read on every public request) and
 * read again whenever the page cache is emptied, on any node (see {@link PageCache}). A request is served by the site whose host name it names, else by the
 * default site.
 */
@Component
public class Sites {

    private static final String COLUMNS = """
            s.id, s.unit_id, s.host, s.name, s.short_name, s.tagline, s.logo_media_id, s.primary_color,
            s.accent_color, s.address, s.address_en, s.phone, s.email, s.fanpage_url, s.zalo_url, s.youtube_url,
            s.intro_vi, s.intro_en, s.updated_at
            """;

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final String defaultBaseUrl;
    private final PageCache cache;
    private volatile List<Site> all;
    private volatile long readInGeneration = -1;

    Sites(JdbcClient jdbc, OrgDirectory org, PageCache cache, @Value("${lantoa.base-url}") String defaultBaseUrl) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.org = org;
        this.defaultBaseUrl = defaultBaseUrl.replaceAll("/+$", "");
    }

    /** The absolute address of a site, without a trailing slash: its own host over HTTPS, or the configured base URL. */
    public String baseUrl(Site site) {
        return site.host() == null ? defaultBaseUrl : "https://" + site.host();
    }

    /** The site answering on this host name: its own, or the default one. */
    public Site forHost(String host) {
        String wanted = host == null ? "" : host.toLowerCase(Locale.ROOT);
        List<Site> sites = all();
        return sites.stream().filter(s -> wanted.equals(s.host())).findFirst()
                .or(() -> sites.stream().filter(s -> s.host() == null).findFirst())
                .orElseGet(this::createDefault);
    }

    public Optional<Site> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    public List<Site> all() {
        List<Site> sites = all;
        long generation = cache.generation();
        if (sites == null || generation != readInGeneration) {
            readInGeneration = generation;
            List<Site> read = jdbc.sql("select " + COLUMNS + " from portal_site s order by s.id").query((rs, n) -> site(rs, "")).list();
            java.util.Map<Long, String> paths = org.units(read.stream().map(Site::unitId).toList()).stream()
                    .collect(java.util.stream.Collectors.toMap(UnitRef::id, UnitRef::path));
            sites = read.stream().map(s -> s.withUnitPath(paths.getOrDefault(s.unitId(), "/" + s.unitId() + "/"))).toList();
            all = sites;
        }
        return sites;
    }

    /**
     * The first visit to a new installation: a site for the union at the top, or for its only
     * province when the top is the central union with one province below (the usual provincial install).
     */
    synchronized Site createDefault() {
        all = null;
        Optional<Site> existing = all().stream().filter(s -> s.host() == null).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        UnitRef union = siteUnit();
        jdbc.sql("""
                insert into portal_site (unit_id, name, short_name, tagline) values (:unit, :name, :short, '')
                on conflict do nothing""")
                .param("unit", union.id()).param("name", union.name()).param("short", shortName(union.name())).update();
        all = null;
        return all().stream().filter(s -> s.host() == null).findFirst().orElseThrow();
    }

    private UnitRef siteUnit() {
        UnitRef root = org.root().orElseThrow(() -> new IllegalStateException("The unit tree is empty"));
        List<UnitRef> provinces = org.childrenOf(root.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE && u.active()).toList();
        return provinces.size() == 1 ? provinces.get(0) : root;
    }

    private static String shortName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    private static Site site(ResultSet rs, String unitPath) throws SQLException {
        return new Site(rs.getLong("id"), rs.getLong("unit_id"), unitPath, rs.getString("host"),
                rs.getString("name"), rs.getString("short_name"), rs.getString("tagline"), rs.getObject("logo_media_id", UUID.class),
                rs.getString("primary_color"), rs.getString("accent_color"), rs.getString("address"), rs.getString("address_en"),
                rs.getString("phone"), rs.getString("email"), rs.getString("fanpage_url"), rs.getString("zalo_url"),
                rs.getString("youtube_url"), rs.getString("intro_vi"), rs.getString("intro_en"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
