package org.familyties.export.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.export.Deposit;
import org.familyties.export.DepositOptions;
import org.familyties.export.Deposits;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deposit form of a study, the deposits the user made, and their downloads. */
@Controller
class DepositController {

    static final String FORM_VIEW = "export/deposit-form";
    static final String DEPOSIT_VIEW = "export/deposit";
    /** The button that shows more rows for top-coding, bands and merges instead of making the package. */
    static final String MORE_ROWS = "moreRows";
    static final int MORE_ROWS_ADDED = 2;

    private final Deposits deposits;
    private final StudyDesigns designs;
    private final StudyDictionaries dictionaries;

    DepositController(Deposits deposits, StudyDesigns designs, StudyDictionaries dictionaries) {
        this.deposits = deposits;
        this.designs = designs;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/studies/{studyId}/exports")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String form(@PathVariable long studyId, Model model) {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        defaults.put("freeText", List.of("DROP"));
        defaults.put("dates", List.of("SHIFT"));
        defaults.put("ids", List.of("HASH"));
        defaults.put("k", List.of(String.valueOf(org.familyties.export.DisclosureControl.DEFAULT_K)));
        return show(studyId, defaults, null, 0, List.of(), model);
    }

    @PostMapping("/studies/{studyId}/exports")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String create(@PathVariable long studyId, @RequestParam MultiValueMap<String, String> form, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer k = number(form.getFirst("k"), "k", "Enter k as a whole number, such as 3", problems);
        Integer shift = number(form.getFirst("maxShiftDays"), "maxShiftDays",
                "Enter the largest date shift as a whole number of days", problems);
        List<Integer> waves = new ArrayList<>();
        for (String w : form.getOrDefault("waves", List.of())) {
            Integer position = number(w, "waves", "Select waves from the list", problems);
            if (position != null) {
                waves.add(position);
            }
        }
        List<String> qis = new ArrayList<>();
        for (String q : String.valueOf(form.getFirst("quasiIdentifiers") == null ? "" : form.getFirst("quasiIdentifiers"))
                .split("[,\\s]+")) {
            if (!q.isBlank()) {
                qis.add(q.trim());
            }
        }
        DeidentificationForm deidentification = new DeidentificationForm(form, problems);
        if (form.containsKey(MORE_ROWS)) {
            return show(studyId, form, deidentification, MORE_ROWS_ADDED, List.of(), model);
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            DepositOptions options = new DepositOptions(waves, form.get("instruments"), form.get("roles"),
                    form.getFirst("freeText"), form.getFirst("dates"), shift, form.getFirst("ids"),
                    deidentification.topCodes, qis, k, deidentification.bands, deidentification.merges);
            Deposits.Made made = deposits.create(studyId, options, CurrentUsers.require());
            return "redirect:/studies/" + studyId + "/exports/" + made.deposit().id();
        } catch (InvalidInputException e) {
            return show(studyId, form, deidentification, 0, e.problems(), model);
        }
    }

    @GetMapping("/studies/{studyId}/exports/{depositId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String deposit(@PathVariable long studyId, @PathVariable long depositId, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("study", designs.design(studyId, user).study());
        model.addAttribute("deposit", deposits.deposit(studyId, depositId, user));
        return DEPOSIT_VIEW;
    }

    @GetMapping("/studies/{studyId}/exports/{depositId}/download")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<Resource> download(@PathVariable long studyId, @PathVariable long depositId) {
        CurrentUser user = CurrentUsers.require();
        Deposit d = deposits.deposit(studyId, depositId, user);
        return DepositApiController.zip(d, deposits.download(studyId, depositId, user));
    }

    private String show(long studyId, Map<String, List<String>> form, DeidentificationForm deidentification,
                        int extraRows, List<FieldProblem> problems, Model model) {
        CurrentUser user = CurrentUsers.require();
        StudyDesign design = designs.design(studyId, user);
        model.addAttribute("study", design.study());
        model.addAttribute("waves", design.waves());
        model.addAttribute("roles", design.roles());
        model.addAttribute("instruments", new java.util.TreeSet<>(dictionaries.instrumentNames(studyId, user)));
        model.addAttribute("deposits", deposits.madeBy(studyId, user));
        Map<String, String> first = new LinkedHashMap<>();
        form.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("form", first);
        model.addAttribute("chosen", form);
        model.addAttribute("topCodeRows", DeidentificationForm.shown(
                deidentification == null ? List.of() : deidentification.topCodeRows, extraRows));
        model.addAttribute("bandRows", DeidentificationForm.shown(
                deidentification == null ? List.of() : deidentification.bandRows, extraRows));
        model.addAttribute("mergeRows", DeidentificationForm.shown(
                deidentification == null ? List.of() : deidentification.mergeRows, extraRows));
        FormInput.showProblems(model, problems);
        return FORM_VIEW;
    }

    private static Integer number(String text, String field, String message, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }
}
