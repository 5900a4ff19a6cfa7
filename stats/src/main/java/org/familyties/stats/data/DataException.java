package org.familyties.stats.data;

/** Bad input data: the message says what is wrong in words a researcher can act on. */
public class DataException extends RuntimeException {

    public DataException(String message) {
        super(message);
    }
}
