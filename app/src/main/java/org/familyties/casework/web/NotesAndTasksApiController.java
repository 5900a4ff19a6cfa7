package org.familyties.casework.web;

import java.time.LocalDate;
import java.util.List;

import org.familyties.casework.MyWork;
import org.familyties.casework.NoteKind;
import org.familyties.casework.NoteView;
import org.familyties.casework.NotesAndTasks;
import org.familyties.casework.TaskView;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotesAndTasksApiController {

    private final NotesAndTasks notesAndTasks;

    NotesAndTasksApiController(NotesAndTasks notesAndTasks) {
        this.notesAndTasks = notesAndTasks;
    }

    record NewNote(NoteKind kind, String body) {
    }

    record NewTask(String description, Long ownerUserId, LocalDate dueOn) {
    }

    @GetMapping("/api/v1/cases/{id}/notes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<NoteView> notes(@PathVariable long id) {
        return notesAndTasks.notes(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/notes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    NoteView addNote(@PathVariable long id, @RequestBody NewNote note) {
        return notesAndTasks.addNote(id, note.kind(), note.body(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/tasks")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<TaskView> tasks(@PathVariable long id) {
        return notesAndTasks.tasks(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/tasks")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    TaskView addTask(@PathVariable long id, @RequestBody NewTask task) {
        return notesAndTasks.addTask(id, task.description(), task.ownerUserId(), task.dueOn(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/tasks/{taskId}/done")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    TaskView complete(@PathVariable long taskId) {
        return notesAndTasks.complete(taskId, CurrentUsers.require());
    }

    @GetMapping("/api/v1/my-work")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    MyWork myWork() {
        return notesAndTasks.myWork(CurrentUsers.require());
    }
}
