package org.familyties.casework;

import java.time.LocalDateTime;
import java.util.List;

/** What a caseworker sends to plan, change, cancel or record a planned contact. */
public final class PlannedContactInputs {

    private PlannedContactInputs() {
    }

    /**
     * A contact to plan, or the plan as changed ({@code version} is the version of the plan last read; ignored when
     * planning). {@code plannedAt} is UK local time. {@code overrideReason}: a safeguarding lead's reason for
     * overriding a restriction that would refuse it.
     */
    public record Plan(ContactKind kind, LocalDateTime plannedAt, List<Long> participantIds, Boolean facilitated,
                       String note, Integer version, String overrideReason) {
    }

    public record Cancellation(Integer version, String reason) {
    }

    /** The contact as it happened, pre-filled from the plan on the page. */
    public record Happened(Integer version, ContactInput contact, String overrideReason) {
    }
}
