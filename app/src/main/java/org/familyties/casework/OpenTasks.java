package org.familyties.casework;

import org.springframework.stereotype.Component;

/** Counts a case's open tasks, so closing a case with work outstanding can warn. */
@Component
class OpenTasks {

    private final CaseTaskRepository tasks;

    OpenTasks(CaseTaskRepository tasks) {
        this.tasks = tasks;
    }

    long count(long caseId) {
        return tasks.countOpen(caseId);
    }
}
