package org.familyties.casework;

import java.time.LocalDate;

public record TaskView(long id, long caseId, String description, long ownerUserId, String owner, LocalDate dueOn,
                       LocalDate doneOn, boolean overdue) {
}
