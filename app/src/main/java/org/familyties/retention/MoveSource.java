package org.familyties.retention;

/** How a move was learned. */
public enum MoveSource { PARTICIPANT, ALTERNATIVE_CONTACT, PRISON_RECORDS, PROBATION, RETURNED_MAIL, OTHER }
