package org.familyties.safeguarding;

import java.time.LocalDate;

/** A new restriction; {@code endsOn} is the first day it no longer applies (optional). */
public record RestrictionInput(Long familyPersonId, RestrictionType type, RestrictionSource source, LocalDate startsOn,
                               LocalDate endsOn, LocalDate reviewOn, String documentReference, String details) {
}
