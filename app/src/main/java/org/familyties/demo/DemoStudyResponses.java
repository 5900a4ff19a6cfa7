package org.familyties.demo;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.familyties.shared.CurrentUser;
import org.familyties.study.ConsentKind;
import org.familyties.study.CustodyStatus;
import org.familyties.study.FamilyStatus;
import org.familyties.study.FatherContact;
import org.familyties.study.ParentsRelationship;
import org.familyties.study.StudyFamilyChanges;
import org.familyties.study.ImportReport;
import org.familyties.study.InformantRole;
import org.familyties.study.NewConsent;
import org.familyties.study.Participant;
import org.familyties.study.RecordImports;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.familyties.study.WithdrawalChoice;
import org.springframework.stereotype.Component;

/**
 * Consent and answers for the demo families: everyone at the first wave, fewer later (attrition), some
 * questionnaires left incomplete and some answers refused. Answers go in through the bulk import, as one file.
 */
@Component
class DemoStudyResponses {

    static final long SEED = 20_260_606L;
    /** Chance a family takes part at each wave. */
    static final double[] TAKING_PART = {1.0, 0.8, 0.6};

    private final StudyFamilies families;
    private final StudyConsents consents;
    private final RecordImports imports;
    private final StudyFamilyChanges changes;

    DemoStudyResponses(StudyFamilies families, StudyConsents consents, RecordImports imports,
                       StudyFamilyChanges changes) {
        this.families = families;
        this.consents = consents;
        this.imports = imports;
        this.changes = changes;
    }

    ImportReport load(long studyId, StudyDesign design, CurrentUser user) {
        Random random = new Random(SEED);
        List<Participant> participants = families.participants(studyId, user);
        List<String> header = header();
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        Map<Long, Boolean> familyIn = new LinkedHashMap<>();
        Map<String, List<NewConsent>> consentsGiven = new LinkedHashMap<>();
        for (int w = 0; w < design.waves().size(); w++) {
            Wave wave = design.waves().get(w);
            familyIn.clear();
            for (Participant p : participants) {
                boolean in = familyIn.computeIfAbsent(p.familyId(), f -> random.nextDouble() < TAKING_PART[wave.position() - 1]);
                if (!in || random.nextInt(10) == 0) {
                    continue;
                }
                InformantRole role = design.role(p.roleId()).orElseThrow();
                LocalDate on = LocalDate.of(2019 + w * 2, 1 + random.nextInt(12), 1 + random.nextInt(28));
                List<NewConsent> given = consentsGiven.computeIfAbsent(p.pseudonym(), k -> new ArrayList<>());
                if (role.child()) {
                    given.add(new NewConsent(wave.id(), ConsentKind.ASSENT, null, on, false, true, false, false,
                            random.nextBoolean()));
                    given.add(new NewConsent(wave.id(), ConsentKind.PARENT_CONSENT, "mother", on, false, true, false,
                            random.nextBoolean(), random.nextBoolean()));
                } else {
                    given.add(new NewConsent(wave.id(), ConsentKind.CONSENT, null, on, true, true, random.nextBoolean(),
                            random.nextBoolean(), random.nextBoolean()));
                }
                Map<String, String> row = new LinkedHashMap<>();
                row.put("participant", p.pseudonym());
                row.put("wave", wave.name());
                for (String instrument : design.instrumentsFor(wave.id(), role.id())) {
                    answer(instrument, row, random);
                }
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(row.getOrDefault(h, "")));
                csv.append(String.join(",", cells)).append('\n');
            }
        }
        consents.recordAll(studyId, consentsGiven, user);
        ImportReport report = imports.importCsv(studyId, new StringReader(csv.toString()), user);
        if (!report.succeeded()) {
            throw new IllegalStateException("Demo answers do not import: " + report.problems());
        }
        withdraw(studyId, participants, user);
        familyChange(studyId, design, participants, random, user);
        return report;
    }

    /** Each family's situation at each wave: custody moves on from prison, relationships change. */
    private void familyChange(long studyId, StudyDesign design, List<Participant> participants, Random random,
                              CurrentUser user) {
        Map<Long, List<Participant>> byFamily = new LinkedHashMap<>();
        participants.forEach(p -> byFamily.computeIfAbsent(p.familyId(), f -> new ArrayList<>()).add(p));
        CustodyStatus[] custody = {CustodyStatus.IN_CUSTODY, CustodyStatus.ON_LICENCE, CustodyStatus.FREE};
        byFamily.forEach((familyId, members) -> {
            ParentsRelationship relationship = random.nextInt(3) == 0 ? ParentsRelationship.SEPARATED
                    : ParentsRelationship.TOGETHER;
            for (Wave wave : design.waves()) {
                int w = wave.position() - 1;
                CustodyStatus status = w == 1 && random.nextInt(6) == 0 ? CustodyStatus.RECALLED : custody[w];
                if (w > 0 && relationship != ParentsRelationship.TOGETHER && random.nextInt(3) == 0) {
                    relationship = ParentsRelationship.REPARTNERED;
                } else if (w > 0 && relationship == ParentsRelationship.TOGETHER && random.nextInt(4) == 0) {
                    relationship = ParentsRelationship.SEPARATED;
                }
                List<String> household = new ArrayList<>();
                Map<String, FatherContact> contact = new LinkedHashMap<>();
                for (Participant m : members) {
                    InformantRole role = design.role(m.roleId()).orElseThrow();
                    boolean father = role.code().equals("father");
                    boolean home = !father || (status == CustodyStatus.FREE || status == CustodyStatus.ON_LICENCE)
                            && relationship == ParentsRelationship.TOGETHER;
                    if (home) {
                        household.add(m.pseudonym());
                    }
                    if (role.child()) {
                        contact.put(m.pseudonym(), FatherContact.values()[random.nextInt(FatherContact.values().length)]);
                    }
                }
                changes.record(studyId, new FamilyStatus(familyId, wave.id(), household,
                        relationship == ParentsRelationship.REPARTNERED ? 1 : 0, random.nextInt(2), relationship, status,
                        contact), user);
            }
        });
    }

    private void withdraw(long studyId, List<Participant> participants, CurrentUser user) {
        consents.withdraw(studyId, participants.get(5).pseudonym(), WithdrawalChoice.NO_FURTHER_CONTACT,
                LocalDate.of(2023, 6, 1), user);
        consents.withdraw(studyId, participants.get(17).pseudonym(), WithdrawalChoice.NO_FURTHER_DATA,
                LocalDate.of(2022, 2, 14), user);
        consents.withdraw(studyId, participants.get(40).pseudonym(), WithdrawalChoice.REMOVE_DATA,
                LocalDate.of(2024, 9, 30), user);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("participant", "wave", "cq_age", "cq_sees_father", "cq_contact___1",
                "cq_contact___2", "cq_contact___3", "cq_contact___4", "cq_contact_feel", "cq_school", "cq_closeness",
                DemoStudyDictionary.CHILD_QUESTIONNAIRE + "_complete"));
        items(h, "sdq_", 25, DemoStudyDictionary.SDQ);
        items(h, "brs_", 6, DemoStudyDictionary.BRS);
        items(h, "swemwbs_", 7, DemoStudyDictionary.SWEMWBS);
        return h;
    }

    private static void items(List<String> header, String prefix, int count, String instrument) {
        for (int i = 1; i <= count; i++) {
            header.add(prefix + i);
        }
        header.add(instrument + "_complete");
    }

    private static void answer(String instrument, Map<String, String> row, Random random) {
        boolean complete = random.nextInt(8) != 0;
        switch (instrument) {
            case DemoStudyDictionary.CHILD_QUESTIONNAIRE -> {
                row.put("cq_age", String.valueOf(6 + random.nextInt(10)));
                boolean contact = random.nextInt(4) != 0;
                row.put("cq_sees_father", contact ? "1" : "0");
                if (contact) {
                    row.put("cq_contact___" + (1 + random.nextInt(4)), "1");
                    if (random.nextBoolean()) {
                        row.put("cq_contact___2", "1");
                    }
                    row.put("cq_contact_feel", String.valueOf(1 + random.nextInt(3)));
                }
                row.put("cq_school", random.nextInt(15) == 0 ? "-8" : String.valueOf(1 + random.nextInt(3)));
                row.put("cq_closeness", String.valueOf(random.nextInt(11)));
            }
            case DemoStudyDictionary.SDQ -> items(row, "sdq_", 25, 0, 2, complete, random);
            case DemoStudyDictionary.BRS -> items(row, "brs_", 6, 1, 5, complete, random);
            case DemoStudyDictionary.SWEMWBS -> items(row, "swemwbs_", 7, 1, 5, complete, random);
            default -> throw new IllegalStateException("No demo answers for " + instrument);
        }
        row.put(instrument + "_complete", complete ? "2" : "0");
    }

    private static void items(Map<String, String> row, String prefix, int count, int min, int max, boolean complete,
                              Random random) {
        int centre = min + random.nextInt(max - min + 1);
        for (int i = 1; i <= count; i++) {
            if (!complete && i > count - 2) {
                continue;
            }
            int value = Math.max(min, Math.min(max, centre + random.nextInt(3) - 1));
            row.put(prefix + i, random.nextInt(60) == 0 ? "-7" : String.valueOf(value));
        }
    }
}
