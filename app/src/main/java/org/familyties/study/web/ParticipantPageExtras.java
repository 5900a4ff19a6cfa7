package org.familyties.study.web;

import org.familyties.shared.CurrentUser;
import org.familyties.study.Participant;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the participant page shows besides data entry (consent, interviews). */
@Component
class ParticipantPageExtras {

    void addTo(Model model, long studyId, Participant participant, CurrentUser user) {
    }
}
