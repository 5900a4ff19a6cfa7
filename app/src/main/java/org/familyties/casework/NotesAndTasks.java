package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case notes, tasks and a caseworker's "my work" list, scoped through the case's prison. */
@Service
@Transactional(readOnly = true)
public class NotesAndTasks {

    public static final String NOTE_RECORD_TYPE = "CaseNote";

    private final CaseNoteRepository notes;
    private final CaseTaskRepository tasks;
    private final CaseRecords records;
    private final Cases cases;
    private final Users users;
    private final AuditLog auditLog;
    private final Clock clock;

    NotesAndTasks(CaseNoteRepository notes, CaseTaskRepository tasks, CaseRecords records, Cases cases, Users users,
                  AuditLog auditLog, Clock clock) {
        this.notes = notes;
        this.records = records;
        this.tasks = tasks;
        this.cases = cases;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<NoteView> notes(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        auditLog.read(NOTE_RECORD_TYPE, "case " + caseId, c.prisonerPersonId);
        return notes(c);
    }

    /** The notes of a case already loaded in scope (the caller audits the view). */
    List<NoteView> notes(FamilyCase c) {
        return records.notes(c.id).stream()
                .map(n -> new NoteView(n.id(), NoteKind.valueOf(n.kind()), n.body(), n.writtenBy(), n.writtenAt()))
                .toList();
    }

    @Transactional
    public NoteView addNote(long caseId, NoteKind kind, String body, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Select the kind of note"));
        }
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "Write the note"));
        } else if (body.length() > 8000) {
            problems.add(new FieldProblem("body", "The note is longer than 8,000 characters; split it into two notes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseNote saved = notes.save(new CaseNote(null, caseId, kind.name(), body.trim(), user.username(), clock.instant()));
        NoteView view = new NoteView(saved.id(), kind, saved.body(), saved.writtenBy(), saved.writtenAt());
        auditLog.changed(AuditAction.CREATE, NOTE_RECORD_TYPE, saved.id(), c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(null, view));
        return view;
    }

    public List<TaskView> tasks(long caseId, CurrentUser user) {
        return tasks(cases.load(caseId, user));
    }

    List<TaskView> tasks(FamilyCase c) {
        return views(records.tasks(c.id));
    }

    @Transactional
    public TaskView addTask(long caseId, String description, Long ownerUserId, LocalDate dueOn, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        if (!c.status().open()) {
            throw new ConflictException("Case " + caseId + " is closed; tasks cannot be added to a closed case");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "Describe the task"));
        }
        if (ownerUserId == null || users.caseStaffIn(c.prisonId).stream().noneMatch(s -> s.id() == ownerUserId)) {
            problems.add(new FieldProblem("ownerUserId", "Choose who will do the task, from the staff of this prison"));
        }
        if (dueOn == null || dueOn.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dueOn", "Enter when the task is due, today or later"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseTask saved = tasks.save(new CaseTask(null, caseId, description.trim(), ownerUserId, dueOn, null,
                user.username(), clock.instant(), null));
        auditLog.changed(AuditAction.CREATE, "CaseTask", saved.id(), c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(null, saved));
        return views(List.of(saved)).get(0);
    }

    @Transactional
    public TaskView complete(long taskId, CurrentUser user) {
        CaseTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("Task", taskId));
        FamilyCase c;
        try {
            c = cases.load(task.caseId(), user);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("Task", taskId);
        }
        if (task.doneOn() != null) {
            throw new ConflictException("Task " + taskId + " was already completed on " + task.doneOn());
        }
        CaseTask done = tasks.save(task.done(LocalDate.now(clock)));
        auditLog.changed(AuditAction.UPDATE, "CaseTask", taskId, c.prisonerPersonId, "completed",
                AuditDetails.of(task, done));
        return views(List.of(done)).get(0);
    }

    /** Overdue reviews on the user's cases and the user's open tasks, soonest first. */
    public MyWork myWork(CurrentUser user) {
        List<CaseSummary> overdue = cases.caseload(user, true).stream().filter(CaseSummary::reviewOverdue).toList();
        return new MyWork(overdue, views(tasks.openFor(user.userId(), ScopeIds.of(user.prisonIds()))));
    }

    private List<TaskView> views(List<CaseTask> list) {
        Map<Long, String> owners = users.displayNames(list.stream().map(CaseTask::ownerUserId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(t -> new TaskView(t.id(), t.caseId(), t.description(), t.ownerUserId(),
                owners.get(t.ownerUserId()), t.dueOn(), t.doneOn(), t.doneOn() == null && t.dueOn().isBefore(today)))
                .toList();
    }
}
