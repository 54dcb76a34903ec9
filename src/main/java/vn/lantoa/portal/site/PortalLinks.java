package vn.lantoa.portal.site;

import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.newsroom.SectionRef;

/** The public addresses of the site, in one place so that pages, feeds, sitemaps and redirects agree. */
public final class PortalLinks {

    private PortalLinks() {
    }

    /** "/tin/phu-nu-khoi-nghiep-123": the slug is for people and search engines; the id decides. */
    public static String story(long id, String title) {
        String slug = VietnameseText.slug(title);
        return "/tin/" + (slug.isEmpty() ? "bai" : slug.length() > 90 ? trimmed(slug) : slug) + "-" + id;
    }

    public static String section(SectionRef section) {
        return "/chuyen-muc/" + section.slug();
    }

    public static String unit(long unitId, String name) {
        String slug = VietnameseText.slug(name);
        return "/don-vi/" + (slug.isEmpty() ? "don-vi" : slug) + "-" + unitId;
    }

    public static String tag(String tag) {
        return "/the/" + org.springframework.web.util.UriUtils.encodePathSegment(tag, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String trimmed(String slug) {
        String cut = slug.substring(0, 90);
        int lastDash = cut.lastIndexOf('-');
        return lastDash > 40 ? cut.substring(0, lastDash) : cut;
    }
}
