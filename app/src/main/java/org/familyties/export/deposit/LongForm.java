package org.familyties.export.deposit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.export.deposit.DepositInput.WaveInfo;
import org.familyties.study.StudyDataExtract.Observation;

/**
 * One informant role's data in long form: one row per participant and wave, keyed by released ids and
 * sorted by them, with a column for every released variable the role has any value of.
 */
final class LongForm {

    static final String PARTICIPANT = "participant_id";
    static final String FAMILY = "family_id";
    static final String WAVE = "wave";
    static final int KEY_COLUMNS = 3;

    private LongForm() {
    }

    /**
     * @param participantId pseudonym to the released participant id
     * @param familyId      family code to the released family id
     * @param dateShift  (pseudonym, date) to the released date
     */
    static LabelledDataset build(String name, String label, List<Observation> observations, List<Column> columns,
                                 List<WaveInfo> waves, Set<String> missingCodes, Function<String, String> participantId,
                                 Function<String, String> familyId,
                                 BiFunction<String, LocalDate, LocalDate> dateShift) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).source(), i);
        }
        // released participant id -> wave -> values; TreeMaps give the released order
        Map<String, TreeMap<Integer, Object[]>> cells = new TreeMap<>();
        Map<String, String> familyOf = new HashMap<>();
        boolean[] used = new boolean[columns.size()];
        for (Observation o : observations) {
            Integer c = columnOf.get(o.variable());
            if (c == null) {
                continue;
            }
            String participant = participantId.apply(o.pseudonym());
            familyOf.putIfAbsent(participant, familyId.apply(o.familyCode()));
            Object[] row = cells.computeIfAbsent(participant, p -> new TreeMap<>())
                    .computeIfAbsent(o.wavePosition(), w -> new Object[columns.size()]);
            Object value = columns.get(c).parse(o.value(), missingCodes);
            if (value instanceof LocalDate d) {
                value = dateShift.apply(o.pseudonym(), d);
            }
            row[c] = value;
            used[c] = true;
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (used[c]) {
                kept.add(c);
            }
        }
        int idWidth = Math.max(1, cells.keySet().stream().mapToInt(String::length).max().orElse(1));
        int familyWidth = Math.max(1, familyOf.values().stream().mapToInt(String::length).max().orElse(1));
        LabelledDataset.Builder b = LabelledDataset.builder(name).label(label)
                .add(Variable.string(PARTICIPANT, idWidth).label("Participant (released id)"))
                .add(Variable.string(FAMILY, familyWidth).label("Family (released id)"))
                .add(waveVariable(waves));
        for (int c : kept) {
            b.add(widened(columns.get(c).variable(), cells.values(), c));
        }
        cells.forEach((participant, byWave) -> byWave.forEach((wave, values) -> {
            Object[] row = new Object[KEY_COLUMNS + kept.size()];
            row[0] = participant;
            row[1] = familyOf.get(participant);
            row[2] = (double) wave;
            for (int i = 0; i < kept.size(); i++) {
                row[KEY_COLUMNS + i] = values[kept.get(i)];
            }
            b.row(row);
        }));
        return b.build();
    }

    static Variable waveVariable(List<WaveInfo> waves) {
        Variable.Builder wave = Variable.numeric(WAVE).label("Wave").width(2).decimals(0).level(MeasurementLevel.ORDINAL);
        for (WaveInfo w : waves) {
            wave.value(w.position(), ColumnPlan.trimBytes(w.name(), Variable.MAX_VALUE_LABEL_BYTES));
        }
        return wave.build();
    }

    /** String columns get the width of their longest value; values beyond what every format holds are cut. */
    private static Variable widened(Variable v, Iterable<TreeMap<Integer, Object[]>> rows, int c) {
        if (v.kind() != VariableKind.STRING) {
            return v;
        }
        int width = 1;
        for (TreeMap<Integer, Object[]> byWave : rows) {
            for (Object[] values : byWave.values()) {
                if (values[c] instanceof String s) {
                    String cut = ColumnPlan.trimBytes(s, Variable.MAX_STRING_WIDTH);
                    values[c] = cut;
                    width = Math.max(width, cut.getBytes(StandardCharsets.UTF_8).length);
                }
            }
        }
        return new Variable(v.name(), v.label(), v.kind(), width, 0, v.valueLabels(), v.missingCodes(), v.level());
    }
}
