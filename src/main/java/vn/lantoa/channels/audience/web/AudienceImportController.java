package vn.lantoa.channels.audience.web;

import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.audience.WhoEnters;
import vn.lantoa.channels.audience.imports.AudienceFile;
import vn.lantoa.channels.audience.imports.AudienceImports;
import vn.lantoa.channels.audience.imports.ImportPlan;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;

/**
 * Importing audience figures from a file ({@code /channels/audience/import}): the template to fill,
 * the upload, the preview row by row, and the confirmation that writes the good rows.
 */
@Controller
class AudienceImportController {

    static final String UPLOAD = "channels/audience/import";
    static final String PREVIEW = "channels/audience/import-preview";
    static final int ROWS_SHOWN = 500;

    private final AudienceImports imports;

    AudienceImportController(AudienceImports imports) {
        this.imports = imports;
    }

    @GetMapping("/channels/audience/import")
    String form() {
        requireRecorder();
        return UPLOAD;
    }

    @PostMapping("/channels/audience/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = requireRecorder();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "audience.import.error.noFile");
            }
            if (file.getSize() > AudienceFile.MAX_BYTES) {
                throw new InvalidInput("file", "audience.import.error.tooLarge", AudienceFile.MAX_BYTES / 1024 / 1024);
            }
            AudienceImports.Preview preview = imports.upload(actor, file.getOriginalFilename(), file.getBytes());
            return "redirect:/channels/audience/import/" + preview.file().id();
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return UPLOAD;
        }
    }

    @GetMapping("/channels/audience/import/{id:\\d+}")
    String preview(@PathVariable long id, Model model) {
        AudienceImports.Preview preview = imports.preview(requireRecorder(), id);
        model.addAttribute("file", preview.file());
        model.addAttribute("plan", preview.plan());
        model.addAttribute("rows", preview.plan().rows().stream().limit(ROWS_SHOWN).toList());
        model.addAttribute("statuses", ImportPlan.Status.values());
        return PREVIEW;
    }

    @PostMapping("/channels/audience/import/{id:\\d+}/apply")
    String apply(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            int written = imports.apply(requireRecorder(), id);
            redirect.addFlashAttribute("written", written);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return preview(id, model);
        }
        return "redirect:/channels/audience/import/" + id;
    }

    @GetMapping("/channels/audience/import/mau.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        requireRecorder();
        return download(AudienceFile.templateXlsx(), "mau-luong-theo-doi.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/channels/audience/import/mau.csv")
    ResponseEntity<byte[]> templateCsv() {
        requireRecorder();
        return download(AudienceFile.templateCsv(), "mau-luong-theo-doi.csv", MediaType.parseMediaType("text/csv; charset=UTF-8"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static Actor requireRecorder() {
        Actor actor = CurrentActor.get();
        if (!WhoEnters.recordsSomewhere(actor)) {
            throw new Forbidden("audience.error.forbidden");
        }
        return actor;
    }
}
