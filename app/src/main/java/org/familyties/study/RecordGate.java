package org.familyties.study;

import org.springframework.stereotype.Component;

/** Decides whether data may be entered for a participant at a wave. */
@Component
class RecordGate {

    void requireDataEntryAllowed(Participant participant, InformantRole role, Wave wave) {
    }
}
