package org.familyties.casework;

import java.time.LocalDate;

/** A referral as submitted: the person in prison by prison number, who referred and why. */
public record NewReferral(String prisonNumber, ReferralSource source, String referrerName, String reason,
                          Urgency urgency, Boolean consent, LocalDate receivedOn) {
}
