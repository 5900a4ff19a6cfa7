package org.familyties.export;

/** A data set after disclosure control, with the report of what was done. */
public record AnonymisedData(LabelledDataset data, DisclosureReport report) {
}
