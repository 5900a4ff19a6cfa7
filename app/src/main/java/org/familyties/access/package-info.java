/**
 * Users, their roles and their assignments to prisons, regions and studies; sign-in, lockout and API
 * tokens. Builds the {@link org.familyties.shared.CurrentUser} every other module scopes its queries by.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "estate"})
package org.familyties.access;
