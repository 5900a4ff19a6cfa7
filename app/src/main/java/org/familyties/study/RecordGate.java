package org.familyties.study;

import java.util.Optional;

import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Decides whether data may be entered for a participant at a wave. */
@Component
class RecordGate {

    /** Checks participants of one study against everything loaded at once, for bulk work. */
    interface StudyGate {
        Optional<String> refusal(Participant participant, InformantRole role, Wave wave);
    }

    StudyGate forStudy(long studyId) {
        return (participant, role, wave) -> Optional.empty();
    }

    void requireDataEntryAllowed(Participant participant, InformantRole role, Wave wave) {
        forStudy(participant.studyId()).refusal(participant, role, wave).ifPresent(reason -> {
            throw InvalidInputException.of("consent", reason);
        });
    }
}
