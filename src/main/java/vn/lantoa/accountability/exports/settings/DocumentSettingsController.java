package vn.lantoa.accountability.exports.settings;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.UnitRef;

/** Quản trị → Mẫu văn bản: the union's header, numbering, recipients and signer, with a live preview of the header. */
@Controller
class DocumentSettingsController {

    private static final String PAGE = "accountability/document-settings";

    private final DocumentSettingsStore store;

    DocumentSettingsController(DocumentSettingsStore store) {
        this.store = store;
    }

    @GetMapping("/admin/accountability/documents")
    String page(@RequestParam(required = false) Long unit, Model model) {
        UnitRef union = union(CurrentActor.get(), unit);
        model.addAttribute("form", DocumentSettingsForm.of(store.of(union)));
        return render(union, model);
    }

    @PostMapping("/admin/accountability/documents")
    String save(@RequestParam(required = false) Long unit, @Valid @ModelAttribute("form") DocumentSettingsForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef union = union(actor, unit);
        if (!result.hasErrors()) {
            try {
                store.save(actor, union, form.toChange());
                redirect.addFlashAttribute("flash", "exports.settings.saved");
                return "redirect:/admin/accountability/documents?unit=" + union.id();
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return render(union, model);
    }

    /** The header as it would print with what is typed now (htmx, on every change). */
    @GetMapping("/admin/accountability/documents/preview")
    String preview(@RequestParam(required = false) Long unit, @ModelAttribute("form") DocumentSettingsForm form, Model model) {
        UnitRef union = union(CurrentActor.get(), unit);
        preview(union, form, model);
        return PAGE + " :: preview";
    }

    private String render(UnitRef union, Model model) {
        DocumentSettingsForm form = (DocumentSettingsForm) model.getAttribute("form");
        model.addAttribute("union", union);
        model.addAttribute("unions", store.administeredBy(CurrentActor.get()));
        preview(union, form, model);
        return PAGE;
    }

    private static void preview(UnitRef union, DocumentSettingsForm form, Model model) {
        DocumentSettings settings = form.preview(union.id());
        LocalDate today = LocalDate.now(ReportingPeriod.ZONE);
        model.addAttribute("previewHeader", settings.header(form.isAutoNumber() ? 1 : null, today));
        model.addAttribute("previewRecipients", settings.recipientList().lines());
        model.addAttribute("previewSignature", settings.signature());
        model.addAttribute("nationalName", vn.lantoa.accountability.exports.document.Decree30.NATIONAL_NAME);
        model.addAttribute("motto", vn.lantoa.accountability.exports.document.Decree30.MOTTO);
        model.addAttribute("recipientsLabel", vn.lantoa.accountability.exports.document.Decree30.RECIPIENTS_LABEL);
    }

    private UnitRef union(Actor actor, Long unitId) {
        List<UnitRef> unions = store.administeredBy(actor);
        if (unions.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unitId == null) {
            return unions.get(0);
        }
        return store.administrable(actor, unitId).orElseThrow(() -> new Forbidden("error.forbidden"));
    }
}
