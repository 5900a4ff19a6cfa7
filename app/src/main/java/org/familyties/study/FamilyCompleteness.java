package org.familyties.study;

/**
 * How much of a family took part at a wave: every member (a complete set), two (a dyad), one (a single)
 * or none. A member counts when every instrument scheduled for their role at the wave is complete.
 */
public enum FamilyCompleteness {
    COMPLETE_SET,
    /** More than two members, but not all. */
    PARTIAL,
    DYAD,
    SINGLE,
    NONE;

    static FamilyCompleteness of(int done, int members) {
        if (done == 0) {
            return NONE;
        }
        if (done == members) {
            return COMPLETE_SET;
        }
        return done == 2 ? DYAD : done == 1 ? SINGLE : PARTIAL;
    }
}
