/**
 * The append-only, hash-chained trail of who read or changed which person's record, when, from where
 * and why; its verification; and the administrators' views of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access"})
package org.familyties.audit;
