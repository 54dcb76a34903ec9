package vn.lantoa.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.SiteChange;

/** The settings form of a site; the rules beyond lengths live in SiteSettings. */
public class SiteForm {

    @Size(max = 253, message = "{validation.size.max}")
    private String host;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size.max}")
    private String shortName;
    @Size(max = 300, message = "{validation.size.max}")
    private String tagline;
    @NotBlank(message = "{validation.required}")
    private String primaryColor;
    @NotBlank(message = "{validation.required}")
    private String accentColor;
    @Size(max = 300, message = "{validation.size.max}")
    private String address;
    @Size(max = 300, message = "{validation.size.max}")
    private String addressEn;
    @Size(max = 60, message = "{validation.size.max}")
    private String phone;
    @Size(max = 200, message = "{validation.size.max}")
    private String email;
    @Size(max = 500, message = "{validation.size.max}")
    private String fanpageUrl;
    @Size(max = 500, message = "{validation.size.max}")
    private String zaloUrl;
    @Size(max = 500, message = "{validation.size.max}")
    private String youtubeUrl;
    private String introVi;
    private String introEn;

    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.host = site.host();
        form.name = site.name();
        form.shortName = site.shortName();
        form.tagline = site.tagline();
        form.primaryColor = site.primaryColor();
        form.accentColor = site.accentColor();
        form.address = site.address();
        form.addressEn = site.addressEn();
        form.phone = site.phone();
        form.email = site.email();
        form.fanpageUrl = site.fanpageUrl();
        form.zaloUrl = site.zaloUrl();
        form.youtubeUrl = site.youtubeUrl();
        form.introVi = site.introVi();
        form.introEn = site.introEn();
        return form;
    }

    SiteChange toChange() {
        return new SiteChange(host, name, shortName, tagline, primaryColor, accentColor, address, addressEn, phone, email,
                fanpageUrl, zaloUrl, youtubeUrl, introVi, introEn);
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getTagline() { return tagline; }
    public void setTagline(String tagline) { this.tagline = tagline; }
    public String getPrimaryColor() { return primaryColor; }
    public void setPrimaryColor(String primaryColor) { this.primaryColor = primaryColor; }
    public String getAccentColor() { return accentColor; }
    public void setAccentColor(String accentColor) { this.accentColor = accentColor; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getAddressEn() { return addressEn; }
    public void setAddressEn(String addressEn) { this.addressEn = addressEn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFanpageUrl() { return fanpageUrl; }
    public void setFanpageUrl(String fanpageUrl) { this.fanpageUrl = fanpageUrl; }
    public String getZaloUrl() { return zaloUrl; }
    public void setZaloUrl(String zaloUrl) { this.zaloUrl = zaloUrl; }
    public String getYoutubeUrl() { return youtubeUrl; }
    public void setYoutubeUrl(String youtubeUrl) { this.youtubeUrl = youtubeUrl; }
    public String getIntroVi() { return introVi; }
    public void setIntroVi(String introVi) { this.introVi = introVi; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String introEn) { this.introEn = introEn; }
}
