package org.familyties.safeguarding;

import java.time.LocalDate;

/**
 * A safeguarding restriction on contact between a person in prison and a family member ({@code familyPersonId};
 * null only for {@link RestrictionType#NO_CONTACT_WITH_CHILDREN}, which covers every child).
 * It applies from {@code startsOn} up to the day before {@code endsOn}: the end date is exclusive, so a
 * restriction stops applying on its end date.
 */
public record Restriction(long id, long caseId, long prisonerPersonId, String prisonerName, Long familyPersonId,
                          String familyPersonName, RestrictionType type, RestrictionSource source, LocalDate startsOn,
                          LocalDate endsOn, LocalDate reviewOn, String documentReference, String details,
                          String recordedBy) {

    /** Whether the restriction is in force on a day: from its start date, until (not including) its end date. */
    public boolean appliesOn(LocalDate day) {
        return RestrictionRules.appliesOn(startsOn, endsOn, day);
    }

    public boolean expiredOn(LocalDate day) {
        return endsOn != null && !day.isBefore(endsOn);
    }

    public boolean reviewOverdueOn(LocalDate day) {
        return !expiredOn(day) && reviewOn.isBefore(day);
    }

    /** The restriction as enforcement messages name it. */
    public String describe() {
        StringBuilder text = new StringBuilder("restriction ").append(id).append(" (")
                .append(type.description()).append(") between ").append(prisonerName).append(" and ")
                .append(familyPersonName == null ? "any child under 18" : familyPersonName).append(", from ")
                .append(source.description());
        if (documentReference != null) {
            text.append(" ").append(documentReference);
        }
        text.append(", in force from ").append(startsOn);
        if (endsOn != null) {
            text.append(" until ").append(endsOn.minusDays(1));
        }
        return text.append(", review date ").append(reviewOn).toString();
    }
}
