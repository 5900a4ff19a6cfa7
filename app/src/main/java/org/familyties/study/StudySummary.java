package org.familyties.study;

/** A study as listed to the users assigned to it. */
public record StudySummary(long id, String code, String title) {
}
