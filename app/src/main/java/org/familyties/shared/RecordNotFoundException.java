package org.familyties.shared;

/**
 * The record does not exist, or exists outside the user's scope: both answer 404 so that ids from
 * other prisons or studies cannot be probed.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " was not found");
        this.recordType = recordType;
    }

    public String recordType() {
        return recordType;
    }
}
