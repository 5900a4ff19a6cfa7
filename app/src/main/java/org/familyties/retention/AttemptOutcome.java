package org.familyties.retention;

/** What came of one attempt to contact a participant. */
public enum AttemptOutcome {
    NO_ANSWER(Result.FAILED),
    MESSAGE_LEFT(Result.FAILED),
    WRONG_NUMBER(Result.FAILED),
    NUMBER_DEAD(Result.FAILED),
    SPOKE_APPOINTMENT_MADE(Result.SPOKE),
    SPOKE_CALL_BACK(Result.SPOKE),
    REFUSED_THIS_WAVE(Result.SPOKE),
    REFUSED_PERMANENTLY(Result.SPOKE),
    MOVED_NEW_DETAILS(Result.LOCATED),
    GATEKEEPER_DECLINED(Result.FAILED),
    INTERVIEW_DONE(Result.SPOKE),
    IN_CUSTODY_ARRANGE_PRISON_VISIT(Result.LOCATED);

    /** FAILED: nobody reached; LOCATED: where they are is known; SPOKE: the participant was reached. */
    public enum Result { FAILED, LOCATED, SPOKE }

    private final Result result;

    AttemptOutcome(Result result) {
        this.result = result;
    }

    public Result result() {
        return result;
    }

    /** A successful contact: the participant was reached or found; ends a run of failed attempts. */
    public boolean successful() {
        return result != Result.FAILED;
    }

    public boolean spokeToParticipant() {
        return result == Result.SPOKE;
    }

    /** The number tried does not reach the participant any more, so the channel stops being valid. */
    public boolean endsChannel() {
        return this == WRONG_NUMBER || this == NUMBER_DEAD;
    }

    public boolean refusal() {
        return this == REFUSED_THIS_WAVE || this == REFUSED_PERMANENTLY;
    }
}
