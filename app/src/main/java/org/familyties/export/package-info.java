/**
 * Export of pseudonymised research data for deposit with a data archive: a neutral model of a labelled
 * data set, file-format writers (CSV with SPSS syntax, SPSS .sav, Stata .dta, R script, DDI Codebook,
 * HTML codebook), disclosure control and de-identification primitives.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.familyties.export;
