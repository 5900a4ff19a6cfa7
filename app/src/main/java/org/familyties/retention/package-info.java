/**
 * Participant retention and tracing: contact channels, location history, contact attempts, tracing worklist,
 * retention metrics.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "study", "people"})
package org.familyties.retention;
