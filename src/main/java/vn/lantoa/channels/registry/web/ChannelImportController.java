package vn.lantoa.channels.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelFile;
import vn.lantoa.channels.registry.ChannelImports;
import vn.lantoa.channels.registry.ChannelRegistry;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;

/** Import of a channel file: the template, upload, the preview of every row, confirmation of the good rows. */
@Controller
class ChannelImportController {

    static final String UPLOAD = "channels/registry/import";
    static final String PREVIEW = "channels/registry/import-preview";

    private final ChannelImports imports;
    private final MessageSource messages;

    ChannelImportController(ChannelImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/channels/import")
    String uploadForm(Model model) {
        requireManager();
        return upload(model);
    }

    @PostMapping("/channels/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = requireManager();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "channels.import.error.noFile");
            }
            // checked before reading: the upload limit is set for 500 MB videos, far above a channel file
            if (file.getSize() > ChannelFile.MAX_BYTES) {
                throw new InvalidInput("file", "channels.import.error.tooLarge", ChannelFile.MAX_BYTES / (1024 * 1024));
            }
            var preview = imports.upload(actor, file.getOriginalFilename(), file.getBytes());
            return "redirect:/channels/import/" + preview.job().id();
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return upload(model);
        }
    }

    @GetMapping("/channels/import/{id:\\d+}")
    String preview(@PathVariable long id, Model model) {
        var preview = imports.preview(CurrentActor.get(), id);
        model.addAttribute("job", preview.job());
        model.addAttribute("plan", preview.plan());
        return PREVIEW;
    }

    @PostMapping("/channels/import/{id:\\d+}/apply")
    String apply(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            imports.apply(CurrentActor.get(), id);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return preview(id, model);
        }
        return "redirect:/channels/import/" + id;
    }

    @GetMapping("/channels/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        requireManager();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("mau-danh-ba-kenh.xlsx", StandardCharsets.UTF_8).build().toString());
        Workbook workbook = new Workbook(response.getOutputStream(), "Lan Tỏa", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("channels.import.sheet", null, locale));
        ChannelFile.Column[] columns = ChannelFile.Column.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, messages.getMessage(columns[c].messageKey(), null, locale));
            sheet.style(0, c).bold().fillColor("F3D1DC").set();
        }
        sheet.value(1, 0, "TH-001");
        sheet.value(1, 1, messages.getMessage(ChannelKind.FACEBOOK_PAGE.messageKey(), null, locale));
        sheet.value(1, 2, messages.getMessage("channels.import.example.name", null, locale));
        sheet.value(1, 3, messages.getMessage("channels.kind.example.FACEBOOK_PAGE", null, locale));
        sheet.value(1, 5, "15/03/2021");
        sheet.value(1, 4, messages.getMessage("channels.import.example.purpose", null, locale));
        sheet.value(1, 6, messages.getMessage("channels.import.example.admins", null, locale));
        sheet.width(0, 14);
        sheet.width(1, 18);
        sheet.width(2, 36);
        sheet.width(3, 44);
        sheet.width(4, 30);
        sheet.width(5, 14);
        sheet.width(6, 44);
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private String upload(Model model) {
        model.addAttribute("maxMb", ChannelFile.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", ChannelFile.MAX_ROWS);
        return UPLOAD;
    }

    private static Actor requireManager() {
        Actor actor = CurrentActor.get();
        if (!ChannelRegistry.managesAny(actor)) {
            throw new Forbidden("error.forbidden");
        }
        return actor;
    }
}
