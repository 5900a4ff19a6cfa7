package org.familyties.retention;

/** How many families at one wave had every, two, one or none of their eligible members interviewed. */
public record FamilySetRow(int waveOrder, String waveName, int families, int completeSets, int dyads, int singles,
        int none) {
}
