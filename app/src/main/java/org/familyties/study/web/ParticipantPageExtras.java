package org.familyties.study.web;

import org.familyties.shared.CurrentUser;
import org.familyties.study.ConsentKind;
import org.familyties.study.Participant;
import org.familyties.study.StudyConsents;
import org.familyties.study.WithdrawalChoice;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the participant page shows besides data entry: consent and withdrawal. */
@Component
class ParticipantPageExtras {

    private final StudyConsents consents;

    ParticipantPageExtras(StudyConsents consents) {
        this.consents = consents;
    }

    void addTo(Model model, long studyId, Participant participant, CurrentUser user) {
        model.addAttribute("consents", consents.consents(studyId, participant.pseudonym(), user));
        model.addAttribute("withdrawal", consents.withdrawal(studyId, participant.pseudonym(), user).orElse(null));
        model.addAttribute("consentKinds", ConsentKind.values());
        model.addAttribute("canTrace", user.hasIdentityAccess());
        model.addAttribute("withdrawalChoices", WithdrawalChoice.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", java.util.Map.of());
        }
    }
}
