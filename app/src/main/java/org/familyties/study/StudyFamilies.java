package org.familyties.study;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.people.NewIdentity;
import org.familyties.people.ParticipantIdentity;
import org.familyties.people.PseudonymRegistry;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families and participants of studies. Participants are known by pseudonyms; their identity goes to the
 * people module's pseudonym registry and comes back only for users with identity access.
 */
@Service
@Transactional(readOnly = true)
public class StudyFamilies {

    static final String FAMILY = "StudyFamily";
    static final String PARTICIPANT = "StudyParticipant";

    private final Studies studies;
    private final StudyDesigns designs;
    private final FamilyStore store;
    private final PseudonymRegistry registry;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    StudyFamilies(Studies studies, StudyDesigns designs, FamilyStore store, PseudonymRegistry registry,
                  AuditLog auditLog, Clock clock) {
        this.studies = studies;
        this.designs = designs;
        this.store = store;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<StudyFamily> families(long studyId, CurrentUser user) {
        studies.get(studyId, user);
        return store.families(studyId);
    }

    public StudyFamily family(long studyId, long familyId, CurrentUser user) {
        studies.get(studyId, user);
        return store.family(studyId, familyId).orElseThrow(() -> new RecordNotFoundException(FAMILY, familyId));
    }

    public List<Participant> participants(long studyId, CurrentUser user) {
        studies.get(studyId, user);
        return store.participants(studyId);
    }

    public List<Participant> members(long studyId, long familyId, CurrentUser user) {
        family(studyId, familyId, user);
        return store.participantsOf(familyId);
    }

    public Participant participant(long studyId, String pseudonym, CurrentUser user) {
        studies.get(studyId, user);
        return store.participant(studyId, pseudonym).orElseThrow(() -> new RecordNotFoundException(PARTICIPANT, pseudonym));
    }

    /** Enrols a family; a random code such as F012 is made up unless one is given. */
    @Transactional
    public StudyFamily registerFamily(long studyId, NewFamily family, CurrentUser user) {
        studies.get(studyId, user);
        String code = family.code() == null || family.code().isBlank() ? freshCode(studyId) : family.code().strip();
        if (!code.matches("F[0-9]{3,6}")) {
            throw InvalidInputException.of("code", "Enter a family code like F012");
        }
        if (store.codeTaken(studyId, code)) {
            throw InvalidInputException.of("code", "The family code " + code + " is already in use; choose another");
        }
        long id = store.insertFamily(studyId, code, family, clock.instant().atOffset(ZoneOffset.UTC));
        auditLog.changed(AuditAction.CREATE, FAMILY, id, null, null, "{\"code\":\"" + code + "\"}");
        return new StudyFamily(id, studyId, code, family.fatherSentenceStart(), family.fatherRelease());
    }

    private String freshCode(long studyId) {
        for (int digits = 3; ; digits++) {
            int bound = (int) Math.pow(10, digits);
            for (int attempt = 0; attempt < 50; attempt++) {
                String code = "F" + String.format("%0" + digits + "d", random.nextInt(bound));
                if (!store.codeTaken(studyId, code)) {
                    return code;
                }
            }
        }
    }

    /** Changes a family's life-event dates; windows relative to them move accordingly. */
    @Transactional
    public StudyFamily changeEventDates(long studyId, long familyId, java.time.LocalDate sentenceStart,
                                        java.time.LocalDate release, CurrentUser user) {
        StudyFamily before = family(studyId, familyId, user);
        store.updateEvents(familyId, sentenceStart, release);
        auditLog.changed(AuditAction.UPDATE, FAMILY, familyId, null, null, "{\"fatherRelease\":{\"old\":"
                + Json.quote(String.valueOf(before.fatherRelease())) + ",\"new\":" + Json.quote(String.valueOf(release))
                + "},\"fatherSentenceStart\":{\"old\":" + Json.quote(String.valueOf(before.fatherSentenceStart()))
                + ",\"new\":" + Json.quote(String.valueOf(sentenceStart)) + "}}");
        return family(studyId, familyId, user);
    }

    /**
     * Enrols a family member in a role. Their pseudonym is the family code, the role's letters and a number
     * (F012-C2 for the family's second child); their identity goes to the pseudonym registry.
     */
    @Transactional
    public Participant addParticipant(long studyId, long familyId, NewParticipant person, CurrentUser user) {
        StudyFamily family = family(studyId, familyId, user);
        StudyDesign design = designs.design(studyId, user);
        List<FieldProblem> problems = new ArrayList<>();
        InformantRole role = design.roleCoded(String.valueOf(person.roleCode())).orElse(null);
        if (role == null) {
            problems.add(new FieldProblem("roleCode", "Select the participant's role in the study"));
        }
        if (person.givenName() == null || person.givenName().isBlank() || person.givenName().length() > 100) {
            problems.add(new FieldProblem("givenName", "Enter the participant's first name"));
        }
        if (person.familyName() == null || person.familyName().isBlank() || person.familyName().length() > 100) {
            problems.add(new FieldProblem("familyName", "Enter the participant's last name"));
        }
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(clock.instant().atZone(ZoneOffset.UTC).toLocalDate())) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be in the past"));
        }
        if (person.address() != null && person.address().length() > 300) {
            problems.add(new FieldProblem("address", "Address must be 300 characters or fewer"));
        }
        if (person.phone() != null && person.phone().length() > 40) {
            problems.add(new FieldProblem("phone", "Phone number must be 40 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long sameRole = store.participantsOf(familyId).stream().filter(p -> p.roleId() == role.id()).count();
        String pseudonym = family.code() + "-" + role.pseudonymSuffix() + (sameRole + 1);
        long id = store.insertParticipant(studyId, familyId, role.id(), pseudonym,
                clock.instant().atOffset(ZoneOffset.UTC));
        registry.register(pseudonym, studyId, new NewIdentity(person.givenName().strip(), person.familyName().strip(),
                person.dateOfBirth(), blankToNull(person.address()), blankToNull(person.phone())));
        auditLog.changed(AuditAction.CREATE, PARTICIPANT, pseudonym, null, null,
                "{\"role\":\"" + role.code() + "\",\"family\":\"" + family.code() + "\"}");
        return new Participant(id, studyId, familyId, role.id(), pseudonym);
    }

    /** The identity behind participants, for data managers; audited per person, refused to others. */
    public Map<String, ParticipantIdentity> identities(long studyId, List<String> pseudonyms, CurrentUser user) {
        studies.get(studyId, user);
        return registry.identitiesOf(studyId, pseudonyms, user);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
