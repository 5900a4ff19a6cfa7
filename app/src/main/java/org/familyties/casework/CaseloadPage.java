package org.familyties.casework;

import java.util.List;

/**
 * One page of a caseload; {@code total} counts every page, {@code next} is the cursor of the following page, or
 * null on the last page.
 */
public record CaseloadPage(List<CaseSummary> cases, long total, String next) {
}
