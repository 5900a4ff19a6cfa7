package org.familyties.safeguarding;

import java.time.LocalDate;

/** The referral made, its outcome, the follow-up date and the new status; {@code version} as last read. */
public record ConcernUpdate(ConcernStatus status, ReferralAgency referredTo, LocalDate referredOn, String outcome,
                            LocalDate followUpOn, Integer version) {
}
