package org.familyties.retention;

/** Where a participant lived or was held. */
public enum PlaceKind { HOME, PRISON, APPROVED_PREMISES, HOSTEL, HOSPITAL, OTHER }
