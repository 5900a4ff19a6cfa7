package org.familyties.safeguarding;

public enum RestrictionSource {
    COURT_ORDER("court order"),
    CHILD_PROTECTION_PLAN("child protection plan"),
    PUBLIC_PROTECTION("prison public-protection restriction"),
    OTHER("other source");

    private final String description;

    RestrictionSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
