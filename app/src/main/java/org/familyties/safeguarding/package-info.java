/**
 * Safeguarding: restrictions on contact between a person in prison and family members and their enforcement
 * on every contact (through casework's {@code ContactGuard}), concerns, agency liaison, the per-child chronology
 * and need-to-know access (safeguarding leads for the prison and the allocated caseworker; others by an approved
 * request or time-limited break-glass access, audited with the reason). Records hang on a family case, whose
 * prison scopes them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "access", "estate", "people", "family", "casework"})
package org.familyties.safeguarding;
