package org.familyties.study;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How families change over time: household, the parents' relationship, the father's custody and contact. */
@Service
@Transactional(readOnly = true)
public class StudyFamilyChanges {

    static final String RECORD_TYPE = "FamilyStatus";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final FamilyChangeStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    StudyFamilyChanges(StudyDesigns designs, StudyFamilies families, FamilyChangeStore store, AuditLog auditLog,
                       Clock clock) {
        this.designs = designs;
        this.families = families;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One family's status at each wave of the study, in wave order (empty where nothing is recorded). */
    public Map<Wave, Optional<FamilyStatus>> timeline(long studyId, long familyId, CurrentUser user) {
        families.family(studyId, familyId, user);
        Map<Long, FamilyStatus> byWave = store.statuses(studyId, familyId).getOrDefault(familyId, Map.of());
        Map<Wave, Optional<FamilyStatus>> timeline = new java.util.LinkedHashMap<>();
        designs.design(studyId, user).waves().forEach(w -> timeline.put(w, Optional.ofNullable(byWave.get(w.id()))));
        return timeline;
    }

    /** Every family's statuses, by family id then wave id: the table across families. */
    public Map<Long, Map<Long, FamilyStatus>> acrossFamilies(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.statuses(studyId, null);
    }

    @Transactional
    public FamilyStatus record(long studyId, FamilyStatus status, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        families.family(studyId, status.familyId(), user);
        List<Participant> members = families.members(studyId, status.familyId(), user);
        Map<String, Participant> byPseudonym = new HashMap<>();
        members.forEach(m -> byPseudonym.put(m.pseudonym(), m));
        List<FieldProblem> problems = new ArrayList<>();
        if (design.wave(status.waveId()).isEmpty()) {
            problems.add(new FieldProblem("waveId", "Select a wave of this study"));
        }
        status.household().stream().filter(p -> !byPseudonym.containsKey(p)).forEach(p ->
                problems.add(new FieldProblem("household", p + " is not a member of this family")));
        if (status.otherAdults() < 0 || status.otherAdults() > 20) {
            problems.add(new FieldProblem("otherAdults", "Enter the number of other adults, from 0 to 20"));
        }
        if (status.otherChildren() < 0 || status.otherChildren() > 20) {
            problems.add(new FieldProblem("otherChildren", "Enter the number of other children, from 0 to 20"));
        }
        if (status.parentsRelationship() == null) {
            problems.add(new FieldProblem("parentsRelationship", "Select the parents' relationship"));
        }
        if (status.fatherCustody() == null) {
            problems.add(new FieldProblem("fatherCustody", "Select the father's custody status"));
        }
        Map<String, Long> childIds = new HashMap<>();
        status.fatherContact().forEach((pseudonym, contact) -> {
            Participant child = byPseudonym.get(pseudonym);
            if (child == null || !design.role(child.roleId()).map(InformantRole::child).orElse(false)) {
                problems.add(new FieldProblem("contact-" + pseudonym, pseudonym + " is not a child of this family"));
            } else if (contact == null) {
                problems.add(new FieldProblem("contact-" + pseudonym, "Select the father's contact with " + pseudonym));
            } else {
                childIds.put(pseudonym, child.id());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<FamilyStatus> before = Optional.ofNullable(store.statuses(studyId, status.familyId())
                .getOrDefault(status.familyId(), Map.of()).get(status.waveId()));
        store.save(studyId, status, childIds, clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, RECORD_TYPE,
                status.familyId() + ":" + status.waveId(), null, null, "{\"old\":"
                        + Json.quote(before.map(Object::toString).orElse(null)) + ",\"new\":" + Json.quote(status.toString())
                        + "}");
        return status;
    }
}
