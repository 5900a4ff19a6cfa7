package org.familyties.safeguarding;

/** What a safeguarding restriction allows between the person in prison and a family member. */
public enum RestrictionType {
    NO_CONTACT("no contact"),
    LETTERS_ONLY("letters only"),
    SUPERVISED_VISITS_ONLY("supervised visits only"),
    NO_CONTACT_WITH_CHILDREN("no contact with children under 18"),
    CHILDRENS_SERVICES_APPROVAL_ONLY("contact only as approved by children's services");

    private final String description;

    RestrictionType(String description) {
        this.description = description;
    }

    /** Words used in enforcement messages. */
    public String description() {
        return description;
    }
}
