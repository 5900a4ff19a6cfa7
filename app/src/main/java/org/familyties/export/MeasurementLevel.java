package org.familyties.export;

/** Measurement level as understood by SPSS and DDI. */
public enum MeasurementLevel {
    NOMINAL,
    ORDINAL,
    SCALE
}
