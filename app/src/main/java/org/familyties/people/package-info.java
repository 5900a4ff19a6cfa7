/**
 * Identity of people — names, dates of birth, prison numbers — kept apart from casework and research
 * data, which refer to people only by id or pseudonym. Every read of a person's record is audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "audit"})
package org.familyties.people;
