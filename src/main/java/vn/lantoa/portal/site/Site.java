package vn.lantoa.portal.site;

import java.time.Instant;
import java.util.UUID;

/**
 * One public site: the union it speaks for (its stories are those of the union's subtree), the host
 * name it answers on (null for the default site), and what the province sets without a code change:
 * name, logo, colours, footer contacts, links to its fanpage and Zalo, the introduction in two languages.
 */
public record Site(long id, long unitId, String unitPath, String host, String name, String shortName, String tagline,
                   UUID logoMediaId, String primaryColor, String accentColor, String address, String addressEn, String phone,
                   String email, String fanpageUrl, String zaloUrl, String youtubeUrl, String introVi, String introEn,
                   Instant updatedAt) {

    Site withUnitPath(String path) {
        return new Site(id, unitId, path, host, name, shortName, tagline, logoMediaId, primaryColor, accentColor, address, addressEn,
                phone, email, fanpageUrl, zaloUrl, youtubeUrl, introVi, introEn, updatedAt);
    }

    public String intro(String language) {
        return "en".equals(language) && !introEn.isBlank() ? introEn : introVi;
    }

    public String address(String language) {
        return "en".equals(language) && !addressEn.isBlank() ? addressEn : address;
    }
}
