package vn.lantoa.portal.site;

/**
 * Something readers see changed (a story, a section, a setting, a banner, an approved comment): cached
 * pages must go. siteId null means every site.
 */
public record PortalContentChanged(Long siteId) {

    public static PortalContentChanged everywhere() {
        return new PortalContentChanged(null);
    }
}
