/**
 * Questionnaires defined by data dictionaries: REDCap dictionary import and export, branching logic,
 * typed answers with missing-data codes, record validation and scale scoring.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.familyties.instruments;
