package org.familyties.study;

import java.util.Optional;

import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Refuses data entry for a participant at a wave without valid consent, or after a withdrawal that stops it. */
@Component
class RecordGate {

    /** Checks participants of one study against everything loaded at once, for bulk work. */
    interface StudyGate {
        Optional<String> refusal(Participant participant, InformantRole role, Wave wave);
    }

    private final ConsentStore consents;

    RecordGate(ConsentStore consents) {
        this.consents = consents;
    }

    StudyGate forStudy(long studyId) {
        return new ConsentRules(consents.ofStudy(studyId), consents.withdrawals(studyId))::refusal;
    }

    Optional<String> refusal(Participant participant, InformantRole role, Wave wave) {
        return new ConsentRules(consents.ofParticipant(participant.id()),
                consents.withdrawal(participant.id()).stream().toList()).refusal(participant, role, wave);
    }

    void requireDataEntryAllowed(Participant participant, InformantRole role, Wave wave) {
        refusal(participant, role, wave).ifPresent(reason -> {
            throw InvalidInputException.of("consent", reason);
        });
    }
}
