package org.familyties.export.deposit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.familyties.export.Coarsening;
import org.familyties.export.DateShift;
import org.familyties.export.DepositOptions.Dates;
import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.Variable;
import org.familyties.export.deposit.DepositInput.FamilyInfo;
import org.familyties.export.deposit.DepositInput.Member;

/**
 * Which released participants belong to which released family and in what role, with the family's
 * imprisonment dates (released like every other date; a family's dates move by the family's own offset,
 * so the interval between sentence and release is kept).
 */
final class FamilyLinkage {

    static final String NAME = "family_linkage";

    private FamilyLinkage() {
    }

    static LabelledDataset build(DepositInput in, Set<String> withData, ReleasedIds ids, Dates dates, DateShift shift) {
        TreeMap<String, Object[]> rows = new TreeMap<>();
        java.util.Map<String, FamilyInfo> families = new java.util.HashMap<>();
        in.families().forEach(f -> families.put(f.code(), f));
        int roleWidth = 1;
        for (Member m : in.members()) {
            if (!withData.contains(m.pseudonym())) {
                continue;
            }
            FamilyInfo family = families.get(m.familyCode());
            String familyKey = "family:" + m.familyCode();
            LocalDate start = family == null ? null : family.fatherSentenceStart();
            LocalDate release = family == null ? null : family.fatherRelease();
            if (dates == Dates.SHIFT) {
                start = shift.shift(familyKey, start);
                release = shift.shift(familyKey, release);
            }
            String participant = ids.participant(m.pseudonym());
            rows.put(participant, new Object[] {ids.family(m.familyCode()), participant, m.roleCode(), start, release});
            roleWidth = Math.max(roleWidth, m.roleCode().length());
        }
        int familyWidth = rows.values().stream().mapToInt(r -> ((String) r[0]).length()).max().orElse(1);
        int participantWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(1);
        LabelledDataset.Builder b = LabelledDataset.builder(NAME).label("Participants by family and informant role")
                .add(Variable.string(LongForm.FAMILY, familyWidth).label("Family (released id)"))
                .add(Variable.string(LongForm.PARTICIPANT, participantWidth).label("Participant (released id)"))
                .add(Variable.string("role", roleWidth).label("Informant role").level(MeasurementLevel.NOMINAL))
                .add(Variable.date("sentence_start").label("Start of the father's sentence"))
                .add(Variable.date("release").label("Father's release from prison"));
        rows.values().stream().sorted(java.util.Comparator.comparing((Object[] r) -> (String) r[0])
                .thenComparing(r -> (String) r[1])).forEach(b::row);
        LabelledDataset data = b.build();
        for (String date : List.of("sentence_start", "release")) {
            if (dates == Dates.YEAR) {
                data = Coarsening.toYear(data, date);
            } else if (dates == Dates.YEAR_MONTH) {
                data = Coarsening.toYearMonth(data, date);
            }
        }
        return data;
    }
}
