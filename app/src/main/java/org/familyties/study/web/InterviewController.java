package org.familyties.study.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.InterviewMode;
import org.familyties.study.NewInterview;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyInterviews;
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
class InterviewController {

    static final String LIST_VIEW = "study/interviews";
    static final String VIEW = "study/interview";
    static final String LOG_VIEW = "study/replacements";
    static final String CODEBOOK_VIEW = "study/codebook";
    static final String CODE_VIEW = "study/code";

    private final StudyDesigns designs;
    private final StudyInterviews interviews;

    InterviewController(StudyDesigns designs, StudyInterviews interviews) {
        this.designs = designs;
        this.interviews = interviews;
    }

    @GetMapping("/studies/{studyId}/interviews")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String list(@PathVariable long studyId, Model model) {
        showList(studyId, Map.of(), model);
        return LIST_VIEW;
    }

    @PostMapping("/studies/{studyId}/interviews")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String record(@PathVariable long studyId, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var on = StudyDesignController.date(form, "interviewedOn", problems);
        Integer minutes = null;
        try {
            minutes = Integer.valueOf(form.getOrDefault("durationMinutes", "").strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("durationMinutes", "Enter the length of the interview in minutes, from 1 to 600"));
        }
        long waveId;
        try {
            waveId = Long.parseLong(form.getOrDefault("waveId", ""));
        } catch (NumberFormatException e) {
            waveId = -1;
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var interview = interviews.record(studyId, new NewInterview(form.get("pseudonym"), waveId, on,
                    form.get("interviewer"), ConsentController.parse(InterviewMode.class, form.get("mode")), minutes),
                    CurrentUsers.require());
            redirect.addFlashAttribute("notice", "interview.recorded");
            return "redirect:/studies/" + studyId + "/interviews/" + interview.id();
        } catch (InvalidInputException e) {
            showList(studyId, form, model);
            FormInput.showProblems(model, e.problems());
            return LIST_VIEW;
        }
    }

    @GetMapping("/studies/{studyId}/interviews/{interviewId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String interview(@PathVariable long studyId, @PathVariable long interviewId, Model model) {
        show(studyId, interviewId, model);
        return VIEW;
    }

    @PostMapping("/studies/{studyId}/interviews/{interviewId}/transcript")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String upload(@PathVariable long studyId, @PathVariable long interviewId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Select the transcript file");
            }
            interviews.uploadTranscript(studyId, interviewId, file.getOriginalFilename(), file.getBytes(),
                    CurrentUsers.require());
        } catch (InvalidInputException e) {
            show(studyId, interviewId, model);
            FormInput.showProblems(model, e.problems());
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "transcript.uploaded");
        return "redirect:/studies/" + studyId + "/interviews/" + interviewId;
    }

    @PostMapping("/studies/{studyId}/interviews/{interviewId}/excerpts")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String code(@PathVariable long studyId, @PathVariable long interviewId, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        long codeId;
        try {
            codeId = Long.parseLong(form.getOrDefault("codeId", ""));
        } catch (NumberFormatException e) {
            codeId = -1;
        }
        try {
            interviews.addExcerpt(studyId, interviewId, codeId, form.get("passage"), CurrentUsers.require());
        } catch (InvalidInputException e) {
            show(studyId, interviewId, model);
            model.addAttribute("form", form);
            FormInput.showProblems(model, e.problems());
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "excerpt.added");
        return "redirect:/studies/" + studyId + "/interviews/" + interviewId;
    }

    @GetMapping("/studies/{studyId}/interviews/{interviewId}/replacements")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String replacements(@PathVariable long studyId, @PathVariable long interviewId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("interview", interviews.interview(studyId, interviewId, user));
        model.addAttribute("log", interviews.replacementLog(studyId, interviewId, user));
        return LOG_VIEW;
    }

    @GetMapping("/studies/{studyId}/codes")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String codebook(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("codes", interviews.codebook(studyId, user));
        model.addAttribute("form", Map.of());
        return CODEBOOK_VIEW;
    }

    @PostMapping("/studies/{studyId}/codes")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String addCode(@PathVariable long studyId, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        var user = CurrentUsers.require();
        try {
            interviews.addCode(studyId, form.get("name"), form.get("description"), user);
        } catch (InvalidInputException e) {
            model.addAttribute("design", designs.design(studyId, user));
            model.addAttribute("codes", interviews.codebook(studyId, user));
            model.addAttribute("form", form);
            FormInput.showProblems(model, e.problems());
            return CODEBOOK_VIEW;
        }
        redirect.addFlashAttribute("notice", "code.added");
        return "redirect:/studies/" + studyId + "/codes";
    }

    @GetMapping("/studies/{studyId}/codes/{codeId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String code(@PathVariable long studyId, @PathVariable long codeId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("excerpts", interviews.excerptsOfCode(studyId, codeId, user));
        model.addAttribute("code", interviews.codebook(studyId, user).stream().filter(c -> c.id() == codeId)
                .findFirst().orElseThrow());
        return CODE_VIEW;
    }

    private void showList(long studyId, Map<String, String> form, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("interviews", interviews.interviews(studyId, user));
        model.addAttribute("modes", InterviewMode.values());
        model.addAttribute("form", form);
    }

    private void show(long studyId, long interviewId, Model model) {
        var user = CurrentUsers.require();
        var interview = interviews.interview(studyId, interviewId, user);
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("interview", interview);
        model.addAttribute("transcript", interview.hasTranscript()
                ? interviews.transcript(studyId, interviewId, user) : null);
        model.addAttribute("excerpts", interviews.excerptsOfInterview(studyId, interviewId, user));
        model.addAttribute("codes", interviews.codebook(studyId, user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        model.addAttribute("canSeeLog", user.hasIdentityAccess());
    }
}
