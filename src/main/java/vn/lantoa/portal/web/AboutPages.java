package vn.lantoa.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;

/**
 * Giới thiệu, Cơ cấu tổ chức, Liên hệ, and the English introduction and contact (/en/…, always English:
 * see the locale resolver). The texts come from the site settings; the organisation from the unit tree.
 */
@Controller
@PublicPage
class AboutPages {

    private final OrgDirectory org;

    AboutPages(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping({"/gioi-thieu", "/en/about"})
    String about() {
        return "portal/about";
    }

    @GetMapping({"/lien-he", "/en/contact"})
    String contact() {
        return "portal/contact";
    }

    @GetMapping("/co-cau-to-chuc")
    String structure(@ModelAttribute("site") Site site, Model model) {
        UnitRef union = org.unit(site.unitId()).orElseThrow();
        model.addAttribute("union", union);
        model.addAttribute("departments", org.departmentsOf(union.id()));
        List<ListPages.UnitLink> below = org.childrenOf(union.id()).stream().filter(UnitRef::active)
                .map(u -> new ListPages.UnitLink(u.name(), PortalLinks.unit(u.id(), u.name()))).toList();
        model.addAttribute("below", below);
        return "portal/structure";
    }
}
