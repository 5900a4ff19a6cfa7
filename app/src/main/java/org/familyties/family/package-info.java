/**
 * Family networks: typed, dated relationships between any two people (partners, parents and children,
 * carers, who lives with whom, parental responsibility), and the network diagram. Scope is the caller's:
 * casework checks the user may see a case before asking for its clients' network.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "audit"})
package org.familyties.family;
