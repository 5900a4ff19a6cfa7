package org.familyties.retention;

/** Where an interview appointment stands. */
public enum AppointmentStatus { BOOKED, ATTENDED, MISSED, CANCELLED }
