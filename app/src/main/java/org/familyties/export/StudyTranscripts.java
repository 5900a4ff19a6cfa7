package org.familyties.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familyties.shared.CurrentUser;
import org.familyties.study.Interview;
import org.familyties.study.Participant;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.familyties.study.StudyInterviews;
import org.familyties.study.Wave;
import org.springframework.stereotype.Component;

/** Deposits take the study's pseudonymised interview transcripts from its interview records. */
@Component
class StudyTranscripts implements TranscriptSource {

    private final StudyInterviews interviews;
    private final StudyFamilies families;
    private final StudyDesigns designs;

    StudyTranscripts(StudyInterviews interviews, StudyFamilies families, StudyDesigns designs) {
        this.interviews = interviews;
        this.families = families;
        this.designs = designs;
    }

    @Override
    public List<Transcript> transcripts(long studyId, CurrentUser user) {
        Map<Long, Integer> wavePosition = designs.design(studyId, user).waves().stream()
                .collect(Collectors.toMap(Wave::id, Wave::position));
        Map<Long, String> familyCode = families.families(studyId, user).stream()
                .collect(Collectors.toMap(StudyFamily::id, StudyFamily::code));
        Map<String, Participant> participants = families.participants(studyId, user).stream()
                .collect(Collectors.toMap(Participant::pseudonym, Function.identity()));
        List<Transcript> out = new ArrayList<>();
        for (Interview interview : interviews.interviews(studyId, user)) {
            Participant participant = participants.get(interview.pseudonym());
            if (!interview.hasTranscript() || participant == null) {
                continue;
            }
            String text = interviews.transcript(studyId, interview.id(), user).text();
            out.add(new Transcript(interview.pseudonym(), familyCode.get(participant.familyId()),
                    wavePosition.getOrDefault(interview.waveId(), 0), "Interview " + interview.id(), text));
        }
        return out;
    }
}
