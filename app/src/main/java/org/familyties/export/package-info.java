/**
 * Export of pseudonymised research data for deposit with a data archive.
 *
 * <p>Public API (this package):
 * <ul>
 *   <li>{@link org.familyties.export.LabelledDataset} and {@link org.familyties.export.Variable}: a neutral
 *       model of a labelled data set (variable and value labels, user-missing codes, measurement levels).</li>
 *   <li>{@link org.familyties.export.DataPackage}: writes CSV, SPSS syntax, SPSS .sav, Stata .dta (format 118),
 *       an R script, a DDI Codebook 2.5 XML file and an HTML codebook, alone or as one deterministic zip.</li>
 *   <li>{@link org.familyties.export.DisclosureControl} with {@link org.familyties.export.Recode}: k-anonymity
 *       risk, global recoding and local suppression, reported in a
 *       {@link org.familyties.export.DisclosureReport}.</li>
 *   <li>{@link org.familyties.export.DateShift}, {@link org.familyties.export.IdRekeying} and
 *       {@link org.familyties.export.Coarsening}: de-identification primitives keyed by a study secret.</li>
 *   <li>{@link org.familyties.export.DeterministicZip}: reproducible zip archives with a SHA-256 manifest.</li>
 * </ul>
 * The format writers live in {@code format} and helpers in {@code internal}; both are implementation.
 * Everything is deterministic: the same inputs give byte-identical files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "study", "instruments", "audit"})
package org.familyties.export;
