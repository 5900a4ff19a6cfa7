package org.familyties.instruments;

/** How a subscale combines its items' values. */
public enum ScoringMethod {
    /** The sum of the items; prorated as mean of answered items × number of items when some are missing. */
    SUM,
    /** The mean of the answered items. */
    MEAN
}
