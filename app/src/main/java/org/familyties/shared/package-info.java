/**
 * Value types every module may use: the signed-in user and their scope, roles, problems that map to
 * HTTP answers, the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.familyties.shared;
