/** Longitudinal family studies. For now: the studies users are assigned to. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.familyties.study;
