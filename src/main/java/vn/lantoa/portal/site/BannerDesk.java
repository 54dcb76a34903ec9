package vn.lantoa.portal.site;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;

/** Editors put up, reorder, switch off and take down the banners and covers of a campaign. */
@Service
@Transactional
public class BannerDesk {

    /** A banner as typed in its form. */
    public record BannerDraft(Banner.Placement placement, String title, String linkUrl, String altText, LocalDate startsOn,
                              LocalDate endsOn) {
    }

    private final JdbcClient jdbc;
    private final SiteSettings settings;
    private final Banners banners;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    BannerDesk(JdbcClient jdbc, SiteSettings settings, Banners banners, MediaLibrary media, AuditLog audit,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.banners = banners;
        this.media = media;
        this.audit = audit;
        this.events = events;
    }

    /** Checks the form first, so that a refused banner costs no upload; then stores the picture. */
    public long add(Actor actor, long siteId, BannerDraft draft, InputStream picture, String fileName) {
        Site site = settings.site(actor, siteId);
        check(draft);
        if (picture == null) {
            throw new InvalidInput("image", "portal.banner.imageRequired");
        }
        MediaAsset image = media.storeImage(picture, fileName, actor.accountId());
        int position = jdbc.sql("select coalesce(max(position), 0) + 10 from portal_banner where site_id = :site")
                .param("site", siteId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into portal_banner (site_id, placement, title, link_url, media_id, alt_text, starts_on, ends_on, position)
                values (:site, :placement, :title, :link, :media, :alt, :starts, :ends, :position) returning id""")
                .param("site", siteId).param("placement", draft.placement().name()).param("title", draft.title().strip())
                .param("link", clean(draft.linkUrl())).param("media", image.id()).param("alt", clean(draft.altText()))
                .param("starts", draft.startsOn()).param("ends", draft.endsOn()).param("position", position)
                .query(Long.class).single();
        changed(site, "portal.banner.added", id, draft.title());
        return id;
    }

    public void setActive(Actor actor, long siteId, long bannerId, boolean active) {
        Site site = settings.site(actor, siteId);
        Banner banner = banner(siteId, bannerId);
        jdbc.sql("update portal_banner set active = :active where id = :id").param("active", active).param("id", bannerId).update();
        changed(site, active ? "portal.banner.shown" : "portal.banner.hidden", bannerId, banner.title());
    }

    public void move(Actor actor, long siteId, long bannerId, int offset) {
        Site site = settings.site(actor, siteId);
        Banner banner = banner(siteId, bannerId);
        var same = banners.of(siteId).stream().filter(b -> b.placement() == banner.placement()).toList();
        int from = same.indexOf(banner);
        int to = Math.max(0, Math.min(same.size() - 1, from + offset));
        if (from == to) {
            return;
        }
        Banner other = same.get(to);
        jdbc.sql("update portal_banner set position = :p where id = :id").param("p", other.position()).param("id", banner.id()).update();
        jdbc.sql("update portal_banner set position = :p where id = :id").param("p", banner.position()).param("id", other.id()).update();
        changed(site, "portal.banner.moved", bannerId, banner.title());
    }

    public void delete(Actor actor, long siteId, long bannerId) {
        Site site = settings.site(actor, siteId);
        Banner banner = banner(siteId, bannerId);
        jdbc.sql("delete from portal_banner where id = :id").param("id", bannerId).update();
        media.delete(banner.mediaId());
        changed(site, "portal.banner.deleted", bannerId, banner.title());
    }

    private Banner banner(long siteId, long bannerId) {
        return banners.of(siteId).stream().filter(b -> b.id() == bannerId).findFirst()
                .orElseThrow(() -> new NotFound("portal.banner.notFound"));
    }

    private static void check(BannerDraft draft) {
        if (draft.placement() == null) {
            throw new InvalidInput("placement", "validation.required");
        }
        String title = clean(draft.title());
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInput("title", "portal.banner.badTitle");
        }
        if (clean(draft.altText()).length() > 300) {
            throw new InvalidInput("altText", "portal.banner.altTooLong");
        }
        String link = clean(draft.linkUrl());
        if (!link.isEmpty() && !link.startsWith("/") && !isWebAddress(link) || link.length() > 500 || link.startsWith("//")) {
            throw new InvalidInput("linkUrl", "portal.banner.badLink");
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new InvalidInput("endsOn", "portal.banner.endsBeforeStart");
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private void changed(Site site, String action, long bannerId, String title) {
        audit.record(AuditEntry.of(action, "portal_banner", bannerId, title, site.unitPath(), null));
        events.publishEvent(new PortalContentChanged(site.id()));
    }

}
