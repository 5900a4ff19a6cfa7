package org.familyties.casework;

public enum ReferralSource {
    PRISONER,
    FAMILY_MEMBER,
    PRISON_STAFF,
    PROBATION,
    CHILDRENS_SERVICES,
    OTHER_AGENCY,
    SELF
}
