package org.familyties.casework;

public enum DashboardGrouping {
    CASEWORKER,
    PRISON,
    REGION,
    ESTATE
}
