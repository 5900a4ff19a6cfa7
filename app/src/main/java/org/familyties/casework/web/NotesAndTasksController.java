package org.familyties.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.NoteKind;
import org.familyties.casework.NotesAndTasks;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case notes, tasks and the "my work" page. */
@Controller
class NotesAndTasksController {

    static final String NOTE_VIEW = "casework/note-form";
    static final String TASK_VIEW = "casework/task-form";
    static final String MY_WORK_VIEW = "casework/my-work";

    private final Cases cases;
    private final NotesAndTasks notesAndTasks;
    private final Forms forms;

    NotesAndTasksController(Cases cases, NotesAndTasks notesAndTasks, Forms forms) {
        this.cases = cases;
        this.notesAndTasks = notesAndTasks;
        this.forms = forms;
    }

    record NoteForm(String kind, String body) {
    }

    record TaskForm(String description, String ownerUserId, String dueOn) {
    }

    @GetMapping("/my-work")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String myWork(Model model) {
        model.addAttribute("work", notesAndTasks.myWork(CurrentUsers.require()));
        return MY_WORK_VIEW;
    }

    @GetMapping("/cases/{id}/notes/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String noteForm(@PathVariable long id, Model model) {
        return note(model, cases.view(id, CurrentUsers.require()), new NoteForm("", ""));
    }

    @PostMapping("/cases/{id}/notes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addNote(@PathVariable long id, @ModelAttribute("form") NoteForm form, Model model, RedirectAttributes redirect) {
        try {
            notesAndTasks.addNote(id, Forms.choice(NoteKind.class, form.kind()), form.body(), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "note.saved");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
            return note(model, cases.view(id, CurrentUsers.require()), form);
        }
    }

    private String note(Model model, CaseView c, NoteForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("kinds", forms.options(NoteKind.class, "note.kind."));
        return NOTE_VIEW;
    }

    @GetMapping("/cases/{id}/tasks/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String taskForm(@PathVariable long id, Model model) {
        return task(model, cases.view(id, CurrentUsers.require()),
                new TaskForm("", String.valueOf(CurrentUsers.require().userId()), ""));
    }

    @PostMapping("/cases/{id}/tasks")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addTask(@PathVariable long id, @ModelAttribute("form") TaskForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var due = Forms.date("dueOn", form.dueOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            notesAndTasks.addTask(id, form.description(), Forms.id(form.ownerUserId()), due, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "task.saved");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("description", e.getMessage())));
        }
        return task(model, cases.view(id, CurrentUsers.require()), form);
    }

    private String task(Model model, CaseView c, TaskForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("staff", cases.allocatable(c.id(), CurrentUsers.require()).stream()
                .map(s -> new Option(String.valueOf(s.id()), s.displayName())).toList());
        return TASK_VIEW;
    }

    @PostMapping("/tasks/{taskId}/done")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String complete(@PathVariable long taskId, RedirectAttributes redirect) {
        try {
            var task = notesAndTasks.complete(taskId, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "task.done");
            return "redirect:/cases/" + task.caseId();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", "task.alreadyDone");
            return "redirect:/my-work";
        }
    }
}
