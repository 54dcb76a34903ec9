package vn.lantoa.portal.site;

import java.time.LocalDate;
import java.util.UUID;

/** A campaign banner or the home page cover: a picture, a title and where it leads, shown between two dates. */
public record Banner(long id, long siteId, Placement placement, String title, String linkUrl, UUID mediaId, String altText,
                     LocalDate startsOn, LocalDate endsOn, int position, boolean active) {

    public enum Placement { COVER, BANNER }

    public boolean showsOn(LocalDate day) {
        return active && (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
