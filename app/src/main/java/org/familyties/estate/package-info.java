/** Prisons (establishments), their estate (men's or women's) and region. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.familyties.estate;
