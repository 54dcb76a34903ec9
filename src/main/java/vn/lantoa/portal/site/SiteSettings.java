package vn.lantoa.portal.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Changes to a site's settings, logo and the list of sites. The union's admins (ADMIN over the site's
 * union) change settings; editors and admins change banners (see {@link BannerDesk}).
 */
@Service
@Transactional
public class SiteSettings {

    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{0,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> FACEBOOK = Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "fb.com");
    private static final Set<String> ZALO = Set.of("zalo.me", "oa.zalo.me");
    private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be");
    private static final int MAX_INTRO = 20_000;
    /** The introduction is formatted text: no scripts, frames, forms or styles; links and pictures by https. */
    private static final Safelist INTRO = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "https", "mailto", "tel");

    private final JdbcClient jdbc;
    private final Sites sites;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SiteSettings(JdbcClient jdbc, Sites sites, OrgDirectory org, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.org = org;
        this.audit = audit;
        this.events = events;
    }

    public static boolean mayConfigure(Actor actor, Site site) {
        return actor.may(site.unitPath(), Role.ADMIN);
    }

    public static boolean mayChangeBanners(Actor actor, Site site) {
        return actor.may(site.unitPath(), Role.ADMIN, Role.EDITOR);
    }

    /** The sites this person may look after, in any way. */
    public List<Site> managedBy(Actor actor) {
        return sites.all().stream().filter(s -> mayChangeBanners(actor, s)).toList();
    }

    public Site site(Actor actor, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new NotFound("portal.admin.siteNotFound"));
        if (!mayChangeBanners(actor, site)) {
            throw new Forbidden("error.forbidden");
        }
        return site;
    }

    public void update(Actor actor, long siteId, SiteChange change) {
        Site site = configurable(actor, siteId);
        String host = host(change.host());
        if (host != null && sites.all().stream().anyMatch(s -> host.equals(s.host()) && s.id() != siteId)) {
            throw new InvalidInput("host", "portal.admin.hostTaken", host);
        }
        if (host == null && site.host() != null && sites.all().stream().anyMatch(s -> s.host() == null && s.id() != siteId)) {
            throw new InvalidInput("host", "portal.admin.defaultTaken");
        }
        color("primaryColor", change.primaryColor());
        color("accentColor", change.accentColor());
        if (!PHONE.matcher(nonNull(change.phone())).matches()) {
            throw new InvalidInput("phone", "portal.admin.badPhone");
        }
        if (!nonNull(change.email()).isBlank() && !EMAIL.matcher(change.email().strip()).matches()) {
            throw new InvalidInput("email", "validation.email");
        }
        link("fanpageUrl", change.fanpageUrl(), FACEBOOK);
        link("zaloUrl", change.zaloUrl(), ZALO);
        link("youtubeUrl", change.youtubeUrl(), YOUTUBE);
        intro("introVi", change.introVi());
        intro("introEn", change.introEn());
        jdbc.sql("""
                update portal_site set host = :host, name = :name, short_name = :short, tagline = :tagline, primary_color = :primary,
                  accent_color = :accent, address = :address, address_en = :addressEn, phone = :phone, email = :email,
                  fanpage_url = :fanpage, zalo_url = :zalo, youtube_url = :youtube, intro_vi = :introVi, intro_en = :introEn,
                  updated_at = now() where id = :id""")
                .param("host", host).param("name", change.name().strip()).param("short", change.shortName().strip())
                .param("tagline", nonNull(change.tagline()).strip()).param("primary", change.primaryColor().toLowerCase(Locale.ROOT))
                .param("accent", change.accentColor().toLowerCase(Locale.ROOT)).param("address", nonNull(change.address()).strip())
                .param("addressEn", nonNull(change.addressEn()).strip()).param("phone", nonNull(change.phone()).strip())
                .param("email", nonNull(change.email()).strip()).param("fanpage", nonNull(change.fanpageUrl()).strip())
                .param("zalo", nonNull(change.zaloUrl()).strip()).param("youtube", nonNull(change.youtubeUrl()).strip())
                .param("introVi", sanitized(change.introVi())).param("introEn", sanitized(change.introEn())).param("id", siteId)
                .update();
        changed(site, "portal.site.updated", change.name());
    }

    public void setLogo(Actor actor, long siteId, UUID mediaId) {
        Site site = configurable(actor, siteId);
        jdbc.sql("update portal_site set logo_media_id = :logo, updated_at = now() where id = :id")
                .param("logo", mediaId).param("id", siteId).update();
        changed(site, mediaId == null ? "portal.site.logoRemoved" : "portal.site.logoChanged", null);
    }

    /** A site for another union of this admin's scope, answering on its own host name. */
    public long create(Actor actor, String unitCode, String hostName) {
        UnitRef unit = org.unitByCode(nonNull(unitCode).strip()).orElseThrow(() -> new InvalidInput("unitCode", "portal.admin.unitNotFound"));
        if (!actor.may(unit.path(), Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        String host = host(hostName);
        if (host == null) {
            throw new InvalidInput("host", "portal.admin.hostRequired");
        }
        if (sites.all().stream().anyMatch(s -> s.unitId() == unit.id())) {
            throw new Conflict("unitCode", "portal.admin.siteExists", unit.name());
        }
        if (sites.all().stream().anyMatch(s -> host.equals(s.host()))) {
            throw new InvalidInput("host", "portal.admin.hostTaken", host);
        }
        long id = jdbc.sql("insert into portal_site (unit_id, host, name, short_name) values (:unit, :host, :name, :short) returning id")
                .param("unit", unit.id()).param("host", host).param("name", unit.name())
                .param("short", unit.name().length() > 60 ? unit.name().substring(0, 60) : unit.name()).query(Long.class).single();
        audit.record(AuditEntry.of("portal.site.created", "portal_site", id, unit.name(), unit.path(), host));
        events.publishEvent(PortalContentChanged.everywhere());
        return id;
    }

    private Site configurable(Actor actor, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new NotFound("portal.admin.siteNotFound"));
        if (!mayConfigure(actor, site)) {
            throw new Forbidden("error.forbidden");
        }
        return site;
    }

    private void changed(Site site, String action, String details) {
        audit.record(AuditEntry.of(action, "portal_site", site.id(), site.name(), site.unitPath(), details));
        events.publishEvent(new PortalContentChanged(site.id()));
    }

    private static String host(String value) {
        String host = nonNull(value).strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return null;
        }
        if (!HOST.matcher(host).matches()) {
            throw new InvalidInput("host", "portal.admin.badHost");
        }
        return host;
    }

    private static void color(String field, String value) {
        if (!SiteColors.isColor(value)) {
            throw new InvalidInput(field, "portal.admin.badColor");
        }
        double contrast = SiteColors.contrastWithWhite(value);
        if (contrast < SiteColors.MINIMUM_CONTRAST) {
            throw new InvalidInput(field, "portal.admin.lowContrast", String.format(Locale.ROOT, "%.1f", contrast));
        }
    }

    private static void link(String field, String value, Set<String> hosts) {
        String url = nonNull(value).strip();
        if (url.isEmpty()) {
            return;
        }
        try {
            URI uri = URI.create(url);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                return;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new InvalidInput(field, "portal.admin.badLink", String.join(", ", hosts.stream().sorted().toList()));
    }

    private static void intro(String field, String html) {
        if (nonNull(html).length() > MAX_INTRO) {
            throw new InvalidInput(field, "portal.admin.introTooLong", MAX_INTRO);
        }
    }

    static String sanitized(String html) {
        return Jsoup.clean(nonNull(html), INTRO).strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
