/**
 * Casework: referrals and their triage, family cases with their clients, status history, allocation,
 * needs-and-barriers assessment, case plan goals, reviews and closure; the family contact log.
 * Everything is scoped to the user's prisons through the case's prison, which moves with the person.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "access", "estate", "people", "family"})
package org.familyties.casework;
