package org.familyties.study.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.familyties.instruments.DictionaryImportResult;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Studies;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDictionaries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StudyDictionaryController {

    static final String VIEW = "study/dictionary";

    private final Studies studies;
    private final StudyDictionaries dictionaries;

    StudyDictionaryController(Studies studies, StudyDictionaries dictionaries) {
        this.studies = studies;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/studies/{studyId}/data-dictionary")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String dictionary(@PathVariable long studyId, Model model) {
        show(studyId, model);
        return VIEW;
    }

    @PostMapping("/studies/{studyId}/data-dictionary")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String upload(@PathVariable long studyId, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        var user = CurrentUsers.require();
        if (file == null || file.isEmpty()) {
            show(studyId, model);
            model.addAttribute("dictionaryProblems", List.of(new org.familyties.instruments.DictionaryProblem(0, "",
                    "Select a data dictionary CSV file")));
            return VIEW;
        }
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        DictionaryImportResult result = dictionaries.replace(studyId, csv, user);
        if (!result.succeeded()) {
            show(studyId, model);
            model.addAttribute("dictionaryProblems", result.problems());
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "dictionary.stored");
        return "redirect:/studies/" + studyId + "/data-dictionary";
    }

    private void show(long studyId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("study", studies.get(studyId, user));
        model.addAttribute("dictionary", dictionaries.dictionary(studyId, user).orElse(null));
        model.addAttribute("canUpload", user.hasIdentityAccess());
    }
}
