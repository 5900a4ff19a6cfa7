package org.familyties.export.deposit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.export.LabelledDataset;
import org.familyties.export.Variable;
import org.familyties.export.deposit.DepositInput.WaveInfo;

/**
 * The long form turned wide: one row per participant, each variable once per wave as
 * {@code <variable>_w<wave>}, in variable order and then wave order.
 */
final class WideForm {

    private WideForm() {
    }

    /** A wide column and where its values come from in the long form. */
    record Source(int longColumn, int wave) {
    }

    static LabelledDataset build(String name, String label, LabelledDataset longForm, List<WaveInfo> waves) {
        List<Variable> vars = longForm.variables();
        List<Source> sources = new ArrayList<>();
        LabelledDataset.Builder b = LabelledDataset.builder(name).label(label).add(vars.get(0)).add(vars.get(1));
        for (int c = LongForm.KEY_COLUMNS; c < vars.size(); c++) {
            Variable v = vars.get(c);
            for (WaveInfo w : waves) {
                b.add(new Variable(columnName(v.name(), w.position()),
                        ColumnPlan.trimChars(v.label() + " (W" + w.position() + ")"),
                        v.kind(), v.width(), v.decimals(), v.valueLabels(), v.missingCodes(), v.level()));
                sources.add(new Source(c, w.position()));
            }
        }
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Map<Integer, Integer> waveIndex = new LinkedHashMap<>();
        for (int i = 0; i < waves.size(); i++) {
            waveIndex.put(waves.get(i).position(), i);
        }
        int width = 2 + sources.size();
        int perVariable = waves.size();
        for (int r = 0; r < longForm.rowCount(); r++) {
            String participant = longForm.string(r, 0);
            String family = longForm.string(r, 1);
            Object[] row = rows.computeIfAbsent(participant, p -> {
                Object[] fresh = new Object[width];
                fresh[0] = p;
                fresh[1] = family;
                for (int i = 2; i < width; i++) {
                    fresh[i] = vars.get(sources.get(i - 2).longColumn()).kind() == org.familyties.export.VariableKind.STRING ? "" : null;
                }
                return fresh;
            });
            Integer w = waveIndex.get((int) longForm.number(r, 2));
            if (w == null) {
                continue;
            }
            for (int c = LongForm.KEY_COLUMNS; c < vars.size(); c++) {
                row[2 + (c - LongForm.KEY_COLUMNS) * perVariable + w] = longForm.value(r, c);
            }
        }
        rows.values().forEach(b::row);
        return b.build();
    }

    static String columnName(String variable, int wave) {
        return variable + "_w" + wave;
    }
}
