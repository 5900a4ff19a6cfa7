package org.familyties.safeguarding;

/**
 * The user can see the case but has no need-to-know access to its safeguarding records: answered as 403,
 * and the page offers to request access or break glass.
 */
public class NeedToKnowException extends RuntimeException {

    private final long caseId;

    public NeedToKnowException(long caseId) {
        super("The safeguarding records of case " + caseId + " are restricted to the safeguarding lead and the "
                + "allocated caseworker; request access or break glass with a reason");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
