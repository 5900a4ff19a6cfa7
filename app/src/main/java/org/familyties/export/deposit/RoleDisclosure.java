package org.familyties.export.deposit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.export.AnonymisedData;
import org.familyties.export.DisclosureControl;
import org.familyties.export.DisclosureReport;
import org.familyties.export.LabelledDataset;

/**
 * Disclosure control of one role's data. The unit is the participant, so k-anonymity is reached in the
 * wide form (each declared quasi-identifier at every wave); values suppressed there are blanked in the
 * long form too, so neither file gives away what the other hides.
 *
 * @param quasiIdentifiers the wide columns treated as quasi-identifiers (empty when the role has none)
 * @param report           before/after account, or null when the role has no quasi-identifiers
 */
record RoleDisclosure(LabelledDataset longForm, LabelledDataset wideForm, List<String> quasiIdentifiers,
                      DisclosureReport report) {

    static RoleDisclosure apply(LabelledDataset longForm, LabelledDataset wideForm, List<String> declared, int k) {
        List<String> qis = new ArrayList<>();
        for (String variable : declared) {
            for (var v : wideForm.variables()) {
                if (v.name().startsWith(variable + "_w") && v.name().substring(variable.length() + 2).matches("[0-9]+")
                        || v.name().equals(variable)) {
                    qis.add(v.name());
                }
            }
        }
        if (qis.isEmpty() || wideForm.rowCount() == 0) {
            return new RoleDisclosure(longForm, wideForm, List.of(), null);
        }
        LabelledDataset source = wideForm.rowCount() < k ? blank(wideForm, qis) : wideForm;
        AnonymisedData anonymised = new DisclosureControl(qis, k).anonymise(source, List.of());
        LabelledDataset wide = anonymised.data();
        DisclosureReport report = anonymised.report();
        if (source != wideForm) {
            DisclosureReport all = new DisclosureControl(qis, k).anonymise(wide, List.of()).report();
            report = new DisclosureReport(new DisclosureControl(qis, 1).assess(wideForm), all.afterRecoding(),
                    all.after(), wideForm.rowCount() * qis.size(), 1.0, Map.of(), Map.of());
        }
        return new RoleDisclosure(propagate(longForm, wideForm, wide, qis), wide, qis, report);
    }

    /** Too few participants for any group of k: every quasi-identifier value is withheld. */
    private static LabelledDataset blank(LabelledDataset data, List<String> qis) {
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object[] row = data.row(r);
            for (String q : qis) {
                int c = data.indexOf(q);
                row[c] = data.variables().get(c).kind() == org.familyties.export.VariableKind.STRING ? "" : null;
            }
            rows.add(row);
        }
        return data.withRows(rows);
    }

    /** Blanks in the long form every (participant, wave, variable) value that disclosure control removed. */
    private static LabelledDataset propagate(LabelledDataset longForm, LabelledDataset before, LabelledDataset after,
                                             List<String> qis) {
        Map<String, Set<String>> removed = new HashMap<>(); // participant -> "variable@wave"
        for (String q : qis) {
            int c = before.indexOf(q);
            int split = q.lastIndexOf("_w");
            String variable = q.substring(0, split);
            String wave = q.substring(split + 2);
            for (int r = 0; r < before.rowCount(); r++) {
                if (!isEmpty(before.value(r, c)) && isEmpty(after.value(r, c))) {
                    removed.computeIfAbsent(before.string(r, 0), p -> new java.util.HashSet<>()).add(variable + "@" + wave);
                }
            }
        }
        if (removed.isEmpty()) {
            return longForm;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < longForm.rowCount(); r++) {
            Object[] row = longForm.row(r);
            Set<String> gone = removed.get(longForm.string(r, 0));
            if (gone != null) {
                String wave = String.valueOf((int) longForm.number(r, 2));
                for (int c = LongForm.KEY_COLUMNS; c < row.length; c++) {
                    var v = longForm.variables().get(c);
                    if (gone.contains(v.name() + "@" + wave)) {
                        row[c] = v.kind() == org.familyties.export.VariableKind.STRING ? "" : null;
                    }
                }
            }
            rows.add(row);
        }
        return longForm.withRows(rows);
    }

    private static boolean isEmpty(Object value) {
        return value == null || "".equals(value);
    }
}
