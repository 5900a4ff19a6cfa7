package org.familyties.casework;

import java.util.List;

/** What needs doing by a caseworker: reviews overdue on their cases, and their open tasks. */
public record MyWork(List<CaseSummary> overdueReviews, List<TaskView> tasks) {
}
