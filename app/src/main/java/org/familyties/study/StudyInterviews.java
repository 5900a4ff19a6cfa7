package org.familyties.study;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.people.PseudonymRegistry;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualitative interviews: records, pseudonymised transcripts, a codebook of themes and coded excerpts.
 * Transcripts are pseudonymised on upload; the text as uploaded is not kept, and the log of which names
 * were replaced is for data managers only.
 */
@Service
@Transactional(readOnly = true)
public class StudyInterviews {

    static final String INTERVIEW = "StudyInterview";
    static final int MAX_TRANSCRIPT = 1_000_000;

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final InterviewStore store;
    private final PseudonymRegistry registry;
    private final AuditLog auditLog;
    private final Clock clock;

    StudyInterviews(StudyDesigns designs, StudyFamilies families, InterviewStore store, PseudonymRegistry registry,
                    AuditLog auditLog, Clock clock) {
        this.designs = designs;
        this.families = families;
        this.store = store;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Interview> interviews(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.interviews(studyId);
    }

    public Interview interview(long studyId, long interviewId, CurrentUser user) {
        designs.design(studyId, user);
        return store.interview(studyId, interviewId).orElseThrow(() -> new RecordNotFoundException(INTERVIEW, interviewId));
    }

    @Transactional
    public Interview record(long studyId, NewInterview interview, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        List<FieldProblem> problems = new ArrayList<>();
        Participant participant = null;
        try {
            participant = families.participant(studyId, String.valueOf(interview.pseudonym()).strip(), user);
        } catch (RecordNotFoundException e) {
            problems.add(new FieldProblem("pseudonym", "Enter the study id of a participant, such as F012-M1"));
        }
        if (design.wave(interview.waveId()).isEmpty()) {
            problems.add(new FieldProblem("waveId", "Select the wave of the interview"));
        }
        if (interview.interviewedOn() == null || interview.interviewedOn().isAfter(clock.instant().atZone(ZoneOffset.UTC).toLocalDate())) {
            problems.add(new FieldProblem("interviewedOn", "Enter the date of the interview, today or in the past"));
        }
        if (interview.interviewer() == null || interview.interviewer().isBlank() || interview.interviewer().length() > 100) {
            problems.add(new FieldProblem("interviewer", "Enter who did the interview"));
        }
        if (interview.mode() == null) {
            problems.add(new FieldProblem("mode", "Select how the interview was done"));
        }
        if (interview.durationMinutes() == null || interview.durationMinutes() < 1 || interview.durationMinutes() > 600) {
            problems.add(new FieldProblem("durationMinutes", "Enter the length of the interview in minutes, from 1 to 600"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(studyId, participant.id(), interview, clock.instant().atOffset(ZoneOffset.UTC),
                user.username());
        auditLog.changed(AuditAction.CREATE, INTERVIEW, id, null, null, "{\"participant\":\"" + participant.pseudonym()
                + "\"}");
        return interview(studyId, id, user);
    }

    /**
     * Stores an interview's transcript (plain text, or a .docx), after replacing the names of the study's
     * participants with placeholders. Replaces an earlier transcript and its excerpts.
     */
    @Transactional
    public Transcript uploadTranscript(long studyId, long interviewId, String filename, byte[] content, CurrentUser user) {
        Interview interview = interview(studyId, interviewId, user);
        String text;
        try {
            text = filename != null && filename.toLowerCase().endsWith(".docx") ? DocxText.read(content)
                    : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "The transcript must be plain text in UTF-8 or a Word .docx file");
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "The Word document could not be read");
        }
        if (text.isBlank()) {
            throw InvalidInputException.of("file", "The transcript is empty");
        }
        if (text.length() > MAX_TRANSCRIPT) {
            throw InvalidInputException.of("file", "The transcript must be under 1,000,000 characters");
        }
        String family = interview.pseudonym().substring(0, interview.pseudonym().indexOf('-'));
        var result = Pseudonymiser.pseudonymise(text.replace("\r\n", "\n"), registry.namesForPseudonymisation(studyId),
                family);
        var log = List.copyOf(result.replacements().values());
        store.saveTranscript(interviewId, result.text(), log, clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(AuditAction.UPDATE, INTERVIEW, interviewId, null, null, "{\"transcript\":\"uploaded\","
                + "\"replacements\":" + log.stream().mapToInt(Transcript.Replacement::occurrences).sum() + "}");
        return new Transcript(interviewId, result.text(), withoutNames(log));
    }

    public Transcript transcript(long studyId, long interviewId, CurrentUser user) {
        interview(studyId, interviewId, user);
        String text = store.transcript(interviewId).orElseThrow(() ->
                new RecordNotFoundException("Transcript of interview", interviewId));
        return new Transcript(interviewId, text, withoutNames(store.log(interviewId)));
    }

    /** The replacements with the names they replaced: identity data, for data managers only (audited). */
    public List<Transcript.Replacement> replacementLog(long studyId, long interviewId, CurrentUser user) {
        interview(studyId, interviewId, user);
        if (!user.hasIdentityAccess()) {
            throw new AccessDeniedException("No identity access");
        }
        auditLog.read("PseudonymisationLog", interviewId, null);
        return store.log(interviewId);
    }

    private static List<Transcript.Replacement> withoutNames(List<Transcript.Replacement> log) {
        return log.stream().map(r -> new Transcript.Replacement(r.placeholder(), null, r.occurrences())).toList();
    }

    public List<Code> codebook(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.codes(studyId);
    }

    @Transactional
    public Code addCode(long studyId, String name, String description, CurrentUser user) {
        designs.design(studyId, user);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw InvalidInputException.of("name", "Enter a name for the code of up to 100 characters");
        }
        if (store.codes(studyId).stream().anyMatch(c -> c.name().equalsIgnoreCase(clean))) {
            throw InvalidInputException.of("name", "The codebook already has a code called " + clean);
        }
        String desc = description == null ? "" : description.strip();
        if (desc.length() > 500) {
            throw InvalidInputException.of("description", "The description must be 500 characters or fewer");
        }
        long id = store.insertCode(studyId, clean, desc);
        auditLog.changed(AuditAction.CREATE, "StudyCode", id, null, null, "{\"name\":" + Json.quote(clean) + "}");
        return new Code(id, studyId, clean, desc);
    }

    /** Codes a passage of the transcript: the passage must appear in it word for word. */
    @Transactional
    public Excerpt addExcerpt(long studyId, long interviewId, long codeId, String passage, CurrentUser user) {
        Transcript transcript = transcript(studyId, interviewId, user);
        Code code = codebook(studyId, user).stream().filter(c -> c.id() == codeId).findFirst().orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(new FieldProblem("codeId", "Select a code from the codebook"));
        }
        String text = passage == null ? "" : passage.strip().replace("\r\n", "\n");
        int start = text.isEmpty() ? -1 : transcript.text().indexOf(text);
        if (text.isEmpty() || text.length() > 4000) {
            problems.add(new FieldProblem("passage", "Paste the passage to code, up to 4,000 characters"));
        } else if (start < 0) {
            problems.add(new FieldProblem("passage", "The passage is not in the transcript; copy it exactly"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insertExcerpt(interviewId, codeId, start, start + text.length(), text,
                clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(AuditAction.CREATE, "StudyExcerpt", id, null, null, "{\"code\":" + Json.quote(code.name()) + "}");
        return store.excerptsOfInterview(interviewId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    public List<Excerpt> excerptsOfInterview(long studyId, long interviewId, CurrentUser user) {
        interview(studyId, interviewId, user);
        return store.excerptsOfInterview(interviewId);
    }

    /** Every excerpt coded with a theme, across participants and waves. */
    public List<Excerpt> excerptsOfCode(long studyId, long codeId, CurrentUser user) {
        if (codebook(studyId, user).stream().noneMatch(c -> c.id() == codeId)) {
            throw new RecordNotFoundException("Code", codeId);
        }
        return store.excerptsOfCode(codeId);
    }
}
