package vn.lantoa.portal.admin;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.LocalizedException;
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.portal.site.Banner;
import vn.lantoa.portal.site.BannerDesk;
import vn.lantoa.portal.site.Banners;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.SiteSettings;
import vn.lantoa.portal.site.Sites;

/** Quản trị → Trang thông tin: each site's name, logo, colours, contacts and introduction, and its banners. */
@Controller
class PortalAdminController {

    private static final String SITE_PAGE = "portal-admin/site";

    private final SiteSettings settings;
    private final BannerDesk bannerDesk;
    private final Banners banners;
    private final Sites sites;
    private final MediaLibrary media;

    PortalAdminController(SiteSettings settings, BannerDesk bannerDesk, Banners banners, Sites sites, MediaLibrary media) {
        this.settings = settings;
        this.bannerDesk = bannerDesk;
        this.banners = banners;
        this.sites = sites;
        this.media = media;
    }

    @Bean
    static NavEntry portalAdminEntry() {
        return new NavEntry("portalAdmin", "nav.portalAdmin", "/admin/portal", 55, Set.of(Role.ADMIN, Role.EDITOR));
    }

    @GetMapping("/admin/portal")
    String sites(Model model) {
        Actor actor = CurrentActor.get();
        var managed = settings.managedBy(actor);
        if (managed.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (managed.size() == 1 && !actor.holds(Role.ADMIN)) {
            return "redirect:/admin/portal/sites/" + managed.get(0).id();
        }
        model.addAttribute("sites", managed);
        model.addAttribute("mayCreate", actor.holds(Role.ADMIN));
        model.addAttribute("baseUrls", managed.stream().map(sites::baseUrl).toList());
        return "portal-admin/sites";
    }

    @PostMapping("/admin/portal/sites")
    String create(@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String host, Model model,
                  RedirectAttributes redirect) {
        try {
            long id = settings.create(CurrentActor.get(), unitCode, host);
            redirect.addFlashAttribute("flash", "portal.admin.siteCreated");
            return "redirect:/admin/portal/sites/" + id;
        } catch (LocalizedException refused) {
            model.addAttribute("createError", refused);
            model.addAttribute("unitCode", unitCode);
            model.addAttribute("host", host);
            return sites(model);
        }
    }

    @GetMapping("/admin/portal/sites/{id}")
    String site(@PathVariable long id, Model model) {
        return page(settings.site(CurrentActor.get(), id), model);
    }

    @PostMapping("/admin/portal/sites/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Site site = settings.site(actor, id);
        if (!result.hasErrors()) {
            try {
                settings.update(actor, id, form.toChange());
                return done(redirect, id, "portal.admin.saved");
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return page(site, model);
    }

    @PostMapping("/admin/portal/sites/{id}/logo")
    String logo(@PathVariable long id, @RequestParam(required = false) MultipartFile logo, Model model, RedirectAttributes redirect)
            throws IOException {
        Actor actor = CurrentActor.get();
        Site site = settings.site(actor, id);
        if (!SiteSettings.mayConfigure(actor, site)) {
            throw new Forbidden("error.forbidden");
        }
        if (logo == null || logo.isEmpty()) {
            model.addAttribute("logoError", new InvalidInput("logo", "portal.admin.logoRequired"));
            return page(site, model);
        }
        try (InputStream in = logo.getInputStream()) {
            MediaAsset stored = media.storeImage(in, logo.getOriginalFilename(), actor.accountId());
            settings.setLogo(actor, id, stored.id());
        } catch (InvalidInput refused) {
            model.addAttribute("logoError", refused);
            return page(site, model);
        }
        return done(redirect, id, "portal.admin.logoSaved");
    }

    @PostMapping("/admin/portal/sites/{id}/logo/delete")
    String removeLogo(@PathVariable long id, RedirectAttributes redirect) {
        settings.setLogo(CurrentActor.get(), id, null);
        return done(redirect, id, "portal.admin.logoRemoved");
    }

    @PostMapping("/admin/portal/sites/{id}/banners")
    String addBanner(@PathVariable long id, @ModelAttribute("bannerForm") BannerForm form, BindingResult result,
                     @RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) throws IOException {
        Actor actor = CurrentActor.get();
        Site site = settings.site(actor, id);
        if (!result.hasErrors()) {
            try (InputStream in = image == null || image.isEmpty() ? null : image.getInputStream()) {
                bannerDesk.add(actor, id, form.toDraft(), in, image == null ? null : image.getOriginalFilename());
                return done(redirect, id, "portal.banner.saved");
            } catch (InvalidInput e) {
                if ("image".equals(e.field()) || "file".equals(e.field())) {
                    model.addAttribute("imageError", e);
                } else {
                    result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
                }
            }
        }
        model.addAttribute("openBannerForm", true);
        return page(site, model);
    }

    @PostMapping("/admin/portal/sites/{id}/banners/{bannerId}/active")
    String bannerActive(@PathVariable long id, @PathVariable long bannerId, @RequestParam boolean active, RedirectAttributes redirect) {
        bannerDesk.setActive(CurrentActor.get(), id, bannerId, active);
        return done(redirect, id, "portal.banner.saved");
    }

    @PostMapping("/admin/portal/sites/{id}/banners/{bannerId}/move")
    String moveBanner(@PathVariable long id, @PathVariable long bannerId, @RequestParam int offset, RedirectAttributes redirect) {
        bannerDesk.move(CurrentActor.get(), id, bannerId, offset);
        return done(redirect, id, "portal.banner.saved");
    }

    @PostMapping("/admin/portal/sites/{id}/banners/{bannerId}/delete")
    String deleteBanner(@PathVariable long id, @PathVariable long bannerId, RedirectAttributes redirect) {
        bannerDesk.delete(CurrentActor.get(), id, bannerId);
        return done(redirect, id, "portal.banner.deleted");
    }

    /** A banner with its picture, as the list shows it. */
    record BannerRow(Banner banner, MediaAsset image) {
    }

    private String page(Site site, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("site", site);
        model.addAttribute("siteUrl", sites.baseUrl(site));
        model.addAttribute("mayConfigure", SiteSettings.mayConfigure(actor, site));
        if (!model.containsAttribute("siteForm")) {
            model.addAttribute("siteForm", SiteForm.of(site));
        }
        if (!model.containsAttribute("bannerForm")) {
            model.addAttribute("bannerForm", new BannerForm());
        }
        var list = banners.of(site.id());
        var images = media.findAll(list.stream().map(Banner::mediaId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(MediaAsset::id, a -> a));
        model.addAttribute("banners", list.stream().map(b -> new BannerRow(b, images.get(b.mediaId()))).toList());
        model.addAttribute("placements", Banner.Placement.values());
        model.addAttribute("logo", site.logoMediaId() == null ? null : media.find(site.logoMediaId()).orElse(null));
        return SITE_PAGE;
    }

    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/admin/portal/sites/" + id;
    }
}
