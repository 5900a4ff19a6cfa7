package org.familyties.export;

import java.time.OffsetDateTime;

/**
 * A deposit package made by a user.
 *
 * @param options what was asked for, as JSON
 * @param summary what the package holds and what was withheld, as text
 */
public record Deposit(long id, long studyId, String createdBy, OffsetDateTime createdAt, String options,
                      String summary, String zipSha256, long zipSize) {
}
