package org.familyties.instruments;

/** Branching logic that does not parse, with where the trouble was found. */
public class BranchingLogicException extends RuntimeException {
    private final int position;
    private final String detail;

    /** @param position where the problem is, counting characters from 1 */
    public BranchingLogicException(String detail, int position) {
        super(detail + " at position " + position);
        this.detail = detail;
        this.position = position;
    }

    public int position() {
        return position;
    }

    /** The problem without its position. */
    public String detail() {
        return detail;
    }
}
