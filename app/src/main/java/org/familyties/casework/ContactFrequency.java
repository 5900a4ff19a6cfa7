package org.familyties.casework;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Contacts that happened per family member per month, oldest month first. */
public record ContactFrequency(List<YearMonth> months, Map<String, List<Integer>> countsByPerson) {
}
