package vn.lantoa.channels.participation.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.channels.participation.ParticipationAccess;
import vn.lantoa.channels.participation.RosterImports;
import vn.lantoa.channels.participation.RosterPlan;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;
import vn.lantoa.org.UnitRef;

/** Import of a unit's roster from a file: upload, preview of every row, confirmation of the new people. */
@Controller
class RosterImportController {

    static final String UPLOAD = "channels/participation/roster-import";
    static final String PREVIEW = "channels/participation/roster-preview";

    private final RosterImports imports;
    private final ParticipationAccess access;

    RosterImportController(RosterImports imports, ParticipationAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @GetMapping("/channels/participation/units/{unitId}/roster-import")
    String uploadForm(@PathVariable long unitId, Model model) {
        return form(model, access.editable(CurrentActor.get(), unitId), null, null);
    }

    @PostMapping("/channels/participation/units/{unitId}/roster-import")
    String upload(@PathVariable long unitId, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        UnitRef unit = access.editable(CurrentActor.get(), unitId);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "channels.participation.import.error.noFile");
            }
            long id = imports.upload(CurrentActor.get(), unitId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/channels/participation/roster-import/" + id;
        } catch (InvalidInput e) {
            return form(model, unit, e.messageKey(), MessageArgs.localize(e.args()));
        }
    }

    @GetMapping("/channels/participation/roster-import/{id}")
    String preview(@PathVariable long id, Model model) {
        RosterImports.Preview preview = imports.preview(CurrentActor.get(), id);
        model.addAttribute("job", preview.job());
        model.addAttribute("unit", preview.unit());
        model.addAttribute("plan", preview.plan());
        model.addAttribute("outcomes", RosterPlan.Outcome.values());
        return PREVIEW;
    }

    @PostMapping("/channels/participation/roster-import/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        try {
            imports.confirm(CurrentActor.get(), id);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", MessageArgs.localize(e.args()));
            return preview(id, model);
        }
        return "redirect:/channels/participation/roster-import/" + id;
    }

    private String form(Model model, UnitRef unit, String error, Object[] errorArgs) {
        model.addAttribute("unit", unit);
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", errorArgs);
        return UPLOAD;
    }
}
