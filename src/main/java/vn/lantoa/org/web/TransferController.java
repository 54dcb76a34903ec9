package vn.lantoa.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;
import vn.lantoa.org.transfer.UnitExport;
import vn.lantoa.org.transfer.UnitImports;
import vn.lantoa.org.tree.OrgTree;
import vn.lantoa.org.tree.Unit;

/** Import of a tree file with preview and progress, and export of a subtree to .xlsx. */
@Controller
class TransferController {

    static final String UPLOAD = "org/import";
    static final String PREVIEW = "org/import-preview";
    static final int PROBLEMS_SHOWN = 500;
    static final int CHANGES_SHOWN = 200;

    record ProblemView(int line, String code, String messageKey, Object[] args) {
    }

    private final UnitImports imports;
    private final UnitExport export;
    private final OrgTree tree;

    TransferController(UnitImports imports, UnitExport export, OrgTree tree) {
        this.imports = imports;
        this.export = export;
        this.tree = tree;
    }

    @GetMapping("/admin/units/import")
    String uploadForm() {
        if (CurrentActor.get().rootsFor(vn.lantoa.common.security.Role.ADMIN).isEmpty()) {
            throw new vn.lantoa.common.security.Forbidden("import.error.forbidden");
        }
        return UPLOAD;
    }

    @PostMapping("/admin/units/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "import.error.noFile");
            }
            // checked before reading: the upload limit is set for 500 MB videos, far above a tree file
            if (file.getSize() > vn.lantoa.org.transfer.UnitFile.MAX_BYTES) {
                throw new InvalidInput("file", "import.error.tooLarge", vn.lantoa.org.transfer.UnitFile.MAX_BYTES / (1024 * 1024));
            }
            var preview = imports.upload(CurrentActor.get(), file.getOriginalFilename(), file.getBytes());
            return "redirect:/admin/units/import/" + preview.job().id();
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return UPLOAD;
        }
    }

    @GetMapping("/admin/units/import/{id}")
    String preview(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        var job = imports.job(actor, id);
        model.addAttribute("job", job);
        if ("PREVIEWED".equals(job.status())) {
            var plan = imports.preview(actor, id).plan();
            model.addAttribute("plan", plan);
            model.addAttribute("problems", plan.problems().stream().limit(PROBLEMS_SHOWN)
                    .map(p -> new ProblemView(p.line(), p.code(), p.messageKey(), MessageArgs.localize(p.args().toArray())))
                    .toList());
            model.addAttribute("changes", plan.changes().stream().limit(CHANGES_SHOWN).toList());
        }
        return PREVIEW;
    }

    @PostMapping("/admin/units/import/{id}/apply")
    String apply(@PathVariable long id, Model model) {
        try {
            imports.apply(CurrentActor.get(), id);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return preview(id, model);
        }
        return "redirect:/admin/units/import/" + id;
    }

    @HxRequest
    @GetMapping("/admin/units/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(CurrentActor.get(), id));
        return PREVIEW + " :: progress";
    }

    @GetMapping("/admin/units/{id}/export.xlsx")
    void exportXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Unit unit = tree.get(CurrentActor.get(), id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("don-vi-" + unit.getCode() + "-" + LocalDate.now() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .build().toString());
        export.write(unit.getPath(), locale, response.getOutputStream());
    }
}
