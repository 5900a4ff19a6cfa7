package org.familyties.casework;

/** Who a case is handed over to when the person in prison is released. */
public enum HandoverTo {
    COMMUNITY_ORGANISATION,
    PROBATION,
    LOCAL_FAMILY_SERVICE
}
