package org.familyties.casework;

import java.util.List;

import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;

/** The person already has an open case: the user is offered that case instead of a second referral. */
public class DuplicateReferralException extends InvalidInputException {

    private final long existingCaseId;

    DuplicateReferralException(long existingCaseId, String prisonNumber) {
        super(List.of(new FieldProblem("prisonNumber", prisonNumber + " already has an open case (case "
                + existingCaseId + "). Add this family's needs to case " + existingCaseId
                + " instead of referring them again")));
        this.existingCaseId = existingCaseId;
    }

    public long existingCaseId() {
        return existingCaseId;
    }
}
