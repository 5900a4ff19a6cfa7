package org.familyties.family;

/** How the first person relates to the second: "A is PARENT_OF B". */
public enum RelationshipKind {
    PARTNER_OF(true),
    EX_PARTNER_OF(true),
    PARENT_OF(false),
    SIBLING_OF(true),
    GRANDPARENT_OF(false),
    FOSTER_CARER_OF(false),
    LIVES_WITH(true),
    HAS_PARENTAL_RESPONSIBILITY_FOR(false),
    CARES_FOR(false),
    OTHER_RELATIVE_OF(true);

    private final boolean mutual;

    RelationshipKind(boolean mutual) {
        this.mutual = mutual;
    }

    /** Mutual kinds read the same both ways (A lives with B, B lives with A). */
    public boolean mutual() {
        return mutual;
    }
}
