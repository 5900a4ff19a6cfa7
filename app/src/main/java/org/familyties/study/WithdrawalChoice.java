package org.familyties.study;

/** What a participant who withdraws asks for. */
public enum WithdrawalChoice {
    /** Keep the data collected so far and use it, but do not contact them again. */
    NO_FURTHER_CONTACT,
    /** Keep the data collected so far, but collect nothing more. */
    NO_FURTHER_DATA,
    /** Remove the data collected about them. */
    REMOVE_DATA;

    public boolean stopsDataCollection() {
        return this != NO_FURTHER_CONTACT;
    }
}
