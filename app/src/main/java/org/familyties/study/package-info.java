/**
 * Longitudinal family studies: design (waves, informant roles, schedule), families and pseudonymous
 * participants, data dictionaries and data entry, consent, interviews.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "people", "instruments"})
package org.familyties.study;
