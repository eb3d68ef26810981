package vn.chiso.index.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ImportPreview;
import vn.chiso.index.importing.ImportTemplates;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A coordinator imports a year's results table: template, upload, preview with every problem, confirm. */
@Controller
@RequestMapping("/indices/{code}/import")
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndexCatalogue catalogue;
    private final ResultImports imports;
    private final ImportTemplates templates;
    private final Clock clock;

    ImportController(IndexCatalogue catalogue, ResultImports imports, ImportTemplates templates, Clock clock) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        return form(code, model, new ImportForm(Year.now(clock).getValue() - 1, null, ""));
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable String code, @RequestParam int year,
            @RequestParam(defaultValue = "xlsx") String format) {
        String indexCode = catalogue.index(code).code();
        boolean csv = "csv".equals(format);
        byte[] file = csv ? templates.csv(indexCode, year) : templates.xlsx(indexCode, year);
        String name = indexCode + "-" + year + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }

    @PostMapping
    String upload(@PathVariable String code, @Valid @ModelAttribute("form") ImportForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new RuleViolationException("file", "import.file.required"));
        }
        if (result.hasErrors() || file == null || file.isEmpty()) {
            return form(code, model, form);
        }
        try {
            UUID id = imports.upload(code, form, file.getOriginalFilename(), file.getBytes(), user.username());
            return "redirect:/indices/" + catalogue.index(code).code() + "/import/" + id;
        } catch (RuleViolationException violation) {
            model.addAttribute("fileError", violation);
            return form(code, model, form);
        }
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String code, @PathVariable UUID id, Model model) {
        ImportPreview preview = imports.preview(code, id);
        model.addAttribute("index", catalogue.index(code));
        model.addAttribute("id", id);
        model.addAttribute("preview", preview);
        return "index/import-preview";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable String code, @PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String indexCode = catalogue.index(code).code();
        try {
            int year = imports.confirm(code, id, user.username());
            redirect.addFlashAttribute("success", "import.saved");
            redirect.addFlashAttribute("successArg", year);
            return "redirect:/indices/" + indexCode + "?year=" + year;
        } catch (RuleViolationException violation) {
            return "redirect:/indices/" + indexCode + "/import/" + id;
        }
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        imports.discard(code, id);
        redirect.addFlashAttribute("success", "import.discarded");
        return "redirect:/indices/" + catalogue.index(code).code() + "/import";
    }

    private String form(String code, Model model, ImportForm form) {
        model.addAttribute("index", catalogue.index(code));
        Forms.show(model, "form", form);
        model.addAttribute("maxMegabytes", ResultImports.MAX_MEGABYTES);
        model.addAttribute("maxLines", ResultImports.MAX_LINES);
        return "index/import";
    }
}
