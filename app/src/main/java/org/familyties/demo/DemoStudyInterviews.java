package org.familyties.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.people.PseudonymRegistry;
import org.familyties.shared.CurrentUser;
import org.familyties.study.Code;
import org.familyties.study.InterviewMode;
import org.familyties.study.NewInterview;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyInterviews;
import org.springframework.stereotype.Component;

/**
 * A codebook and a few interviews with mothers and fathers whose transcripts mention family members by
 * name, so the demo shows them replaced by placeholders, and some coded excerpts.
 */
@Component
class DemoStudyInterviews {

    static final List<String[]> CODEBOOK = List.of(
            new String[] {"agency", "The participant acting on their situation, making choices"},
            new String[] {"support network", "Family, friends and services the family leans on"},
            new String[] {"cultural values", "Beliefs and traditions shaping how the family copes"},
            new String[] {"stigma", "Being judged or treated differently because of the imprisonment"},
            new String[] {"addiction", "Drug or alcohol use and recovery"},
            new String[] {"desistance", "Moving away from offending"});

    private final StudyInterviews interviews;
    private final PseudonymRegistry registry;

    DemoStudyInterviews(StudyInterviews interviews, PseudonymRegistry registry) {
        this.interviews = interviews;
        this.registry = registry;
    }

    void load(long studyId, StudyDesign design, CurrentUser user) {
        List<Code> codes = new ArrayList<>();
        for (String[] c : CODEBOOK) {
            codes.add(interviews.addCode(studyId, c[0], c[1], user));
        }
        Map<String, List<String>> names = registry.namesForPseudonymisation(studyId);
        List<String> mothers = names.keySet().stream().filter(p -> p.matches("F\\d+-M1")).limit(4).toList();
        for (int i = 0; i < mothers.size(); i++) {
            String mother = mothers.get(i);
            String family = mother.substring(0, mother.indexOf('-'));
            String father = family + "-F1";
            String child = family + "-C1";
            var wave = design.waves().get(i % 2);
            var interview = interviews.record(studyId, new NewInterview(mother, wave.id(), LocalDate.of(2022, 3, 1 + i),
                    "Demo interviewer", i % 2 == 0 ? InterviewMode.IN_PERSON : InterviewMode.PHONE, 45 + 5 * i), user);
            String text = transcript(names.get(mother), names.get(father), names.get(child));
            interviews.uploadTranscript(studyId, interview.id(), "interview.txt", text.getBytes(StandardCharsets.UTF_8),
                    user);
            String transcript = interviews.transcript(studyId, interview.id(), user).text();
            excerpt(studyId, interview.id(), codes.get(1), transcript, "my mum comes round every Sunday", user);
            excerpt(studyId, interview.id(), codes.get(3), transcript, "the other parents at school stopped talking to me",
                    user);
            excerpt(studyId, interview.id(), codes.get(0), transcript, "I sorted out the visits myself", user);
            if (i % 2 == 0) {
                excerpt(studyId, interview.id(), codes.get(5), transcript, "he says this time he is done with all that",
                        user);
            }
        }
    }

    private void excerpt(long studyId, long interviewId, Code code, String transcript, String passage,
                         CurrentUser user) {
        if (transcript.contains(passage)) {
            interviews.addExcerpt(studyId, interviewId, code.id(), passage, user);
        }
    }

    private static String transcript(List<String> mother, List<String> father, List<String> child) {
        String dad = father == null ? "his dad" : father.get(0);
        String kid = child == null ? "the little one" : child.get(0);
        String me = mother == null ? "me" : mother.get(0) + " " + mother.get(1);
        return "Interviewer: Can you tell me how things have been since the last time we spoke?\n"
                + "Participant: It's been hard. When " + dad + " went away I didn't know what to tell " + kid
                + ". My mum comes round every Sunday, so I'm not on my own.\n"
                + "Interviewer: And how have people around you reacted?\n"
                + "Participant: Honestly the other parents at school stopped talking to me. One of them said to " + kid
                + " that their dad was a criminal. I sorted out the visits myself, nobody helped with that.\n"
                + "Interviewer: How is " + dad + " doing now?\n"
                + "Participant: " + dad + " writes every week. He says this time he is done with all that, and "
                + kid + " believes him. People still call me " + me + " from the news, I hate that.\n";
    }
}
