package vn.lantoa.portal.admin;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.lantoa.portal.site.Banner;
import vn.lantoa.portal.site.BannerDesk;

/** A new banner or cover as typed; its picture comes as a separate file part. */
public class BannerForm {

    private Banner.Placement placement = Banner.Placement.BANNER;
    private String title;
    private String linkUrl;
    private String altText;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    BannerDesk.BannerDraft toDraft() {
        return new BannerDesk.BannerDraft(placement, title, linkUrl, altText, startsOn, endsOn);
    }

    public Banner.Placement getPlacement() { return placement; }
    public void setPlacement(Banner.Placement placement) { this.placement = placement; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLinkUrl() { return linkUrl; }
    public void setLinkUrl(String linkUrl) { this.linkUrl = linkUrl; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
