package org.familyties.safeguarding;

/** On what basis information was shared: consent, or a legal gateway that allows sharing without it. */
public enum SharingBasis {
    CONSENT,
    CHILDREN_ACT_SECTION_47,
    CHILDREN_ACT_SECTION_17,
    CRIME_AND_DISORDER_ACT_SECTION_115,
    VITAL_INTERESTS,
    COURT_ORDER,
    NOTHING_SHARED
}
