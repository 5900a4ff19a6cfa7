package org.familyties.study;

/** Events in a family's life that wave windows can be set relative to; each family records its own dates. */
public enum LifeEvent {
    FATHER_SENTENCE_START,
    FATHER_RELEASE
}
