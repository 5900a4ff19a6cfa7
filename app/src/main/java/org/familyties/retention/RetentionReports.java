package org.familyties.retention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.shared.CurrentUser;
import org.familyties.study.FamilyStatus;
import org.familyties.study.Participant;
import org.familyties.study.StudyDataExtract;
import org.familyties.study.StudyFamilyChanges;
import org.familyties.study.Wave;
import org.familyties.study.WithdrawalChoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention metrics of a study for researchers and data managers: aggregate only. Each participant's
 * outcome per wave comes from {@link StudyFacts}; the computations are {@link RetentionMetrics} and
 * {@link AttritionAnalysis}.
 */
@Service
@Transactional(readOnly = true)
public class RetentionReports {

    private final RetentionFacts facts;
    private final StudyDataExtract extract;
    private final StudyFamilyChanges changes;

    RetentionReports(RetentionFacts facts, StudyDataExtract extract, StudyFamilyChanges changes) {
        this.facts = facts;
        this.extract = extract;
        this.changes = changes;
    }

    public RetentionReport report(long studyId, CurrentUser user) {
        StudyFacts all = facts.load(studyId, user);
        List<WaveParticipation> participations = participations(all);
        List<BaselineProfile> profiles = baselineProfiles(studyId, all, user);
        return new RetentionReport(all.design.study(), RetentionMetrics.byWaveAndRole(participations),
                RetentionMetrics.familySets(participations), AttritionAnalysis.compare(profiles));
    }

    /** Each participant at each wave: outcome, whether located and reached, attempts, window and interview day. */
    static List<WaveParticipation> participations(StudyFacts all) {
        List<WaveParticipation> list = new ArrayList<>();
        for (Participant p : all.participants) {
            for (Wave wave : all.design.waves()) {
                WaveOutcome outcome = all.outcome(p, wave);
                boolean interviewed = outcome == WaveOutcome.COMPLETED || outcome == WaveOutcome.PARTIAL;
                List<ContactAttempt> attempts = all.attemptsAt(p, wave);
                boolean located = interviewed || attempts.stream().anyMatch(a -> a.outcome().successful());
                boolean contacted = interviewed || attempts.stream().anyMatch(a -> a.outcome().spokeToParticipant());
                var interviewedOn = !interviewed ? null : attempts.stream()
                        .filter(a -> a.outcome() == AttemptOutcome.INTERVIEW_DONE)
                        .map(a -> a.attemptedAt().toLocalDate()).reduce((a, b) -> b).orElse(null);
                list.add(new WaveParticipation(p.pseudonym(), all.family(p).code(), all.role(p).name(), wave.position(),
                        wave.name(), outcome, located, contacted, attempts.size(),
                        all.window(p, wave).map(w -> w.start()).orElse(null), interviewedOn));
            }
        }
        return list;
    }

    /**
     * Baseline (first-wave) characteristics of participants whose retention is known: retained when they
     * took part at the latest later wave that is resolved for them (not pending); participants who died or
     * became ineligible there, and those who asked for their data to be removed, are left out.
     */
    List<BaselineProfile> baselineProfiles(long studyId, StudyFacts all, CurrentUser user) {
        if (all.design.waves().isEmpty()) {
            return List.of();
        }
        Wave first = all.design.waves().get(0);
        Map<String, Map<String, Double>> numeric = new HashMap<>();
        extract.forEachObservation(studyId, user, o -> {
            if (o.wavePosition() == first.position() && o.score()) {
                try {
                    numeric.computeIfAbsent(o.pseudonym(), k -> new LinkedHashMap<>()).put(o.variable(),
                            Double.valueOf(o.value()));
                } catch (NumberFormatException ignored) {
                    // not a number: left out of the comparison
                }
            }
        });
        Map<Long, Map<Long, FamilyStatus>> statuses = changes.acrossFamilies(studyId, user);
        Map<Long, Integer> children = new HashMap<>();
        all.participants.stream().filter(p -> all.role(p).child()).forEach(p -> children.merge(p.familyId(), 1, Integer::sum));
        List<BaselineProfile> profiles = new ArrayList<>();
        for (Participant p : all.participants) {
            if (all.withdrawal(p).map(w -> w.choice() == WithdrawalChoice.REMOVE_DATA).orElse(false)) {
                continue;
            }
            WaveOutcome later = null;
            for (Wave wave : all.design.waves()) {
                WaveOutcome o = all.outcome(p, wave);
                if (wave.position() > first.position() && o != WaveOutcome.PENDING) {
                    later = o;
                }
            }
            if (later == null || later == WaveOutcome.DECEASED || later == WaveOutcome.INELIGIBLE) {
                continue;
            }
            boolean retained = later == WaveOutcome.COMPLETED || later == WaveOutcome.PARTIAL;
            Map<String, Double> values = new LinkedHashMap<>(numeric.getOrDefault(p.pseudonym(), Map.of()));
            values.put("children_in_family", (double) children.getOrDefault(p.familyId(), 0));
            Map<String, String> categories = new LinkedHashMap<>();
            categories.put("role", all.role(p).name());
            FamilyStatus status = statuses.getOrDefault(p.familyId(), Map.of()).get(first.id());
            if (status != null) {
                categories.put("father_custody", status.fatherCustody().name());
                categories.put("parents_relationship", status.parentsRelationship().name());
            }
            profiles.add(new BaselineProfile(p.pseudonym(), all.role(p).name(), retained, values, categories));
        }
        return profiles;
    }
}
