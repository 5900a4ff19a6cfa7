package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcome measures at intake, reviews and closure, and each case's change from intake to closure. */
@Service
@Transactional(readOnly = true)
public class Outcomes {

    public static final String RECORD_TYPE = "Outcome";

    private final OutcomeRepository outcomes;
    private final CaseRecords records;
    private final Cases cases;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    Outcomes(OutcomeRepository outcomes, CaseRecords records, Cases cases, People people, AuditLog auditLog,
             Clock clock) {
        this.outcomes = outcomes;
        this.records = records;
        this.cases = cases;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<OutcomeView> forCase(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        Map<Long, PersonRecord> names = people.identities(c.clientIds());
        auditLog.read(RECORD_TYPE, "case " + caseId, c.prisonerPersonId);
        return views(measures(c), names);
    }

    List<OutcomeMeasure> measures(FamilyCase c) {
        return records.measures(c.id);
    }

    static List<OutcomeView> views(List<OutcomeMeasure> measures, Map<Long, PersonRecord> names) {
        return measures.stream().map(o -> view(o, names)).toList();
    }

    /** Records one stage's measures for every client in one transaction: all or nothing. */
    @Transactional
    public List<OutcomeView> record(long caseId, OutcomeInput input, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        List<OutcomeMeasure> existing = records.measures(caseId);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.stage() == null) {
            problems.add(new FieldProblem("stage", "Select when these outcomes were measured: intake, review or closure"));
        } else if (input.stage() != OutcomeStage.REVIEW
                && existing.stream().anyMatch(o -> o.stage().equals(input.stage().name()))) {
            problems.add(new FieldProblem("stage", "Outcomes at " + input.stage().name().toLowerCase()
                    + " are already recorded for this case; record a review instead"));
        }
        if (input.stage() != OutcomeStage.CLOSURE && !c.status().open()) {
            problems.add(new FieldProblem("stage", "The case is closed; only closure outcomes can be added"));
        }
        if (input.measuredOn() == null || input.measuredOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("measuredOn", "Enter the date the outcomes were measured; it cannot be in the future"));
        }
        List<OutcomeInput.FamilyContact> family = input.family() == null ? List.of() : input.family();
        for (int i = 0; i < family.size(); i++) {
            var f = family.get(i);
            if (f.personId() == null || !c.hasClient(f.personId()) || f.personId().equals(c.prisonerPersonId)) {
                problems.add(new FieldProblem("family[" + i + "].personId", "Choose a family member in this case"));
            }
            if (f.frequency() != null && (f.frequency() < 0 || f.frequency() > 4)) {
                problems.add(new FieldProblem("family[" + i + "].frequency", "Choose a contact frequency from 0 (none) to 4 (weekly or more)"));
            }
            if (f.quality() != null && (f.quality() < 1 || f.quality() > 5)) {
                problems.add(new FieldProblem("family[" + i + "].quality", "Rate the quality of contact from 1 (poor) to 5 (very good)"));
            }
        }
        checkItems("desistanceItems", input.desistanceItems(), 3, 1, 5, problems);
        checkItems("wellbeingItems", input.wellbeingItems(), 5, 0, 5, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<OutcomeMeasure> saved = new ArrayList<>();
        List<Integer> d = padded(input.desistanceItems(), 3);
        List<Integer> w = padded(input.wellbeingItems(), 5);
        saved.add(outcomes.save(new OutcomeMeasure(null, caseId, c.prisonerPersonId, input.stage().name(),
                input.measuredOn(), null, null, d.get(0), d.get(1), d.get(2), Measures.desistance(d),
                w.get(0), w.get(1), w.get(2), w.get(3), w.get(4), Measures.wellbeing(w), user.username(), clock.instant())));
        for (var f : family) {
            saved.add(outcomes.save(new OutcomeMeasure(null, caseId, f.personId(), input.stage().name(), input.measuredOn(),
                    f.frequency(), f.quality(), null, null, null, null, null, null, null, null, null, null,
                    user.username(), clock.instant())));
        }
        Map<Long, PersonRecord> names = people.identities(c.clientIds());
        List<OutcomeView> views = saved.stream().map(o -> view(o, names)).toList();
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, "case " + caseId, c.prisonerPersonId, input.stage().name(),
                AuditDetails.of(null, views));
        return views;
    }

    /** The change from intake to closure, where both were measured. */
    public Optional<OutcomeChange> change(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        return change(c, measures(c), people.identities(c.clientIds()));
    }

    static Optional<OutcomeChange> change(FamilyCase c, List<OutcomeMeasure> all, Map<Long, PersonRecord> names) {
        Map<Long, OutcomeMeasure> intake = byPerson(all, OutcomeStage.INTAKE);
        Map<Long, OutcomeMeasure> closure = byPerson(all, OutcomeStage.CLOSURE);
        if (intake.isEmpty() || closure.isEmpty()) {
            return Optional.empty();
        }
        OutcomeMeasure pi = intake.get(c.prisonerPersonId);
        OutcomeMeasure pc = closure.get(c.prisonerPersonId);
        Map<String, Integer> frequency = new LinkedHashMap<>();
        Map<String, Integer> quality = new LinkedHashMap<>();
        intake.forEach((person, in) -> {
            OutcomeMeasure out = closure.get(person);
            if (out != null && !person.equals(c.prisonerPersonId)) {
                String name = names.containsKey(person) ? names.get(person).fullName() : String.valueOf(person);
                Integer f = diff(in.contactFrequency(), out.contactFrequency());
                Integer q = diff(in.contactQuality(), out.contactQuality());
                if (f != null) {
                    frequency.put(name, f);
                }
                if (q != null) {
                    quality.put(name, q);
                }
            }
        });
        return Optional.of(new OutcomeChange(c.id,
                pi == null || pc == null ? null : diff(pi.desistanceScore(), pc.desistanceScore()),
                pi == null || pc == null ? null : diff(pi.wellbeingScore(), pc.wellbeingScore()), frequency, quality));
    }

    private static Map<Long, OutcomeMeasure> byPerson(List<OutcomeMeasure> all, OutcomeStage stage) {
        Map<Long, OutcomeMeasure> map = new LinkedHashMap<>();
        all.stream().filter(o -> o.stage().equals(stage.name())).forEach(o -> map.putIfAbsent(o.personId(), o));
        return map;
    }

    private static Integer diff(Integer before, Integer after) {
        return before == null || after == null ? null : after - before;
    }

    private static void checkItems(String field, List<Integer> items, int count, int min, int max,
                                   List<FieldProblem> problems) {
        if (items == null || items.isEmpty()) {
            return;
        }
        if (items.size() > count) {
            problems.add(new FieldProblem(field, "Give at most " + count + " answers"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Integer v = items.get(i);
            if (v != null && (v < min || v > max)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "Answer statement " + (i + 1) + " with a number from "
                        + min + " to " + max));
            }
        }
    }

    private static List<Integer> padded(List<Integer> items, int count) {
        List<Integer> list = new ArrayList<>(items == null ? List.of() : items);
        while (list.size() < count) {
            list.add(null);
        }
        return list;
    }

    private static OutcomeView view(OutcomeMeasure o, Map<Long, PersonRecord> names) {
        return new OutcomeView(o.personId(), names.containsKey(o.personId()) ? names.get(o.personId()).fullName() : "",
                OutcomeStage.valueOf(o.stage()), o.measuredOn(), o.contactFrequency(), o.contactQuality(),
                o.desistanceScore(), o.wellbeingScore());
    }
}
