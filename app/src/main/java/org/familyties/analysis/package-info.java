/**
 * Turns study data into inputs for the statistics engine and shows what comes back: structural equation
 * and path models with their fit, parameter table and path diagram; runs are saved with their inputs so
 * that they can be reproduced.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "study", "audit"})
package org.familyties.analysis;
