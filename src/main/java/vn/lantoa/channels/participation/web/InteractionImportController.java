package vn.lantoa.channels.participation.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.participation.Declarations;
import vn.lantoa.channels.participation.InteractionFile;
import vn.lantoa.channels.participation.InteractionImports;
import vn.lantoa.channels.participation.InteractionPlan;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;

/** Import of a provincial page's interaction list for a month: upload, preview of every row, confirmation. */
@Controller
class InteractionImportController {

    static final String UPLOAD = "channels/participation/import";
    static final String PREVIEW = "channels/participation/import-preview";

    private final InteractionImports imports;
    private final Declarations declarations;

    InteractionImportController(InteractionImports imports, Declarations declarations) {
        this.imports = imports;
        this.declarations = declarations;
    }

    @GetMapping("/channels/participation/import")
    String uploadForm(Model model) {
        List<ChannelRef> pages = pages();
        return form(model, pages.isEmpty() ? null : pages.get(0).id(), declarations.currentMonth().minusMonths(1).toString(), null, null);
    }

    @PostMapping("/channels/participation/import")
    String upload(@RequestParam(required = false) Long channelId, @RequestParam(required = false) String month,
                  @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        pages();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "channels.participation.import.error.noFile");
            }
            if (file.getSize() > InteractionFile.MAX_BYTES) {
                throw new InvalidInput("file", "channels.file.tooLarge", InteractionFile.MAX_BYTES / (1024 * 1024));
            }
            long id = imports.upload(actor, channelId, month, file.getOriginalFilename(), file.getBytes());
            return "redirect:/channels/participation/import/" + id;
        } catch (InvalidInput e) {
            return form(model, channelId, month, e.messageKey(), MessageArgs.localize(e.args()));
        }
    }

    @GetMapping("/channels/participation/import/{id}")
    String preview(@PathVariable long id, Model model) {
        InteractionImports.Preview preview = imports.preview(CurrentActor.get(), id);
        model.addAttribute("job", preview.job());
        model.addAttribute("page", preview.page());
        model.addAttribute("plan", preview.plan());
        if (preview.plan() != null) {
            model.addAttribute("problems", preview.plan().lines().stream()
                    .filter(l -> l.outcome() != InteractionPlan.Outcome.MATCHED).toList());
        }
        return PREVIEW;
    }

    @PostMapping("/channels/participation/import/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        try {
            imports.confirm(CurrentActor.get(), id);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", MessageArgs.localize(e.args()));
            return preview(id, model);
        }
        return "redirect:/channels/participation/import/" + id;
    }

    private List<ChannelRef> pages() {
        List<ChannelRef> pages = imports.importablePages(CurrentActor.get());
        if (pages.isEmpty()) {
            throw new Forbidden("channels.participation.import.forbidden");
        }
        return pages;
    }

    private String form(Model model, Long channelId, String month, String error, Object[] errorArgs) {
        model.addAttribute("pages", pages());
        model.addAttribute("channelId", channelId);
        model.addAttribute("month", month);
        model.addAttribute("currentMonth", declarations.currentMonth().toString());
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", errorArgs);
        model.addAttribute("maxMb", InteractionFile.MAX_BYTES / (1024 * 1024));
        return UPLOAD;
    }
}
