package vn.lantoa.portal.site;

/** What an admin may change of a site in its settings. */
public record SiteChange(String host, String name, String shortName, String tagline, String primaryColor, String accentColor,
                         String address, String addressEn, String phone, String email, String fanpageUrl, String zaloUrl,
                         String youtubeUrl, String introVi, String introEn) {
}
