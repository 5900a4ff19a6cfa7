/**
 * Deterministic, clearly fictional demo data, loaded only in the default {@code demo} profile. Every
 * prison, person and account here is invented.
 */
@org.springframework.modulith.ApplicationModule
package org.familyties.demo;
