package org.familyties.study;

import java.time.LocalDate;

/** A family to enrol; the code is generated at random when not given. */
public record NewFamily(String code, LocalDate fatherSentenceStart, LocalDate fatherRelease) {
}
