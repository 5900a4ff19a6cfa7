package org.familyties.study;

/** Adults consent; children assent, and a parent or carer consents for them. */
public enum ConsentKind {
    CONSENT,
    ASSENT,
    PARENT_CONSENT
}
