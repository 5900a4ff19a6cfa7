package org.familyties.casework.web;

/** A choice in a select or radio group: the submitted value and the label shown. */
record Option(String value, String label) {
}
