package org.familyties.study;

/** Where a record is in data entry, as REDCap's form status: incomplete, complete, verified. */
public enum RecordStatus {
    INCOMPLETE,
    COMPLETE,
    VERIFIED;

    public boolean isDone() {
        return this != INCOMPLETE;
    }
}
