package org.familyties.casework;

import java.time.LocalDate;

public record GoalView(long id, long clientPersonId, String clientName, String description, LocalDate targetDate,
                       GoalStatus status) {
}
