package org.familyties.estate;

/** The part of the prison estate an establishment belongs to. */
public enum Estate {
    MENS,
    WOMENS;

    public String messageKey() {
        return "estate." + name();
    }
}
