package org.familyties.study;

import java.time.LocalDate;

/** A participant's withdrawal from a study, with their choice. */
public record Withdrawal(long participantId, String pseudonym, LocalDate withdrawnOn, WithdrawalChoice choice) {
}
