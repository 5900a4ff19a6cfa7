package org.familyties.casework;

/** One group of the service dashboard (a caseworker, prison, region or estate). */
public record DashboardRow(String group, long referralsReceived, long referralsWaiting, long openCases,
                           long contactsFacilitated, MeanInterval desistanceChange, MeanInterval wellbeingChange) {
}
