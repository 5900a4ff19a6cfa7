package org.familyties.safeguarding;

/** Where a concern was referred. */
public enum ReferralAgency {
    CHILDRENS_SERVICES_MASH,
    LADO,
    POLICE,
    PRISON_SAFEGUARDING_TEAM
}
