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

import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.export.deposit.DepositInput.WaveInfo;
import org.familyties.study.StudyDataExtract.Observation;

/**
 * One informant role's data in long form: one row per participant and wave, keyed by released ids and
 * sorted by them, with a column for every released variable the role has any value of. Observations are
 * added one at a time, so a study never has to be held as a list of observations.
 */
final class LongForm {

    static final String PARTICIPANT = "participant_id";
    static final String FAMILY = "family_id";
    static final String WAVE = "wave";
    static final int KEY_COLUMNS = 3;

    private final List<Column> columns;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Set<String> missingCodes;
    private final BiFunction<String, LocalDate, LocalDate> dateShift;
    // released participant id -> wave -> values; sorted by id when the data set is built, by wave here
    private final Map<String, TreeMap<Integer, Object[]>> cells = new HashMap<>();
    private final Map<String, String> familyOf = new HashMap<>();
    private final boolean[] used;
    // Each role fills only its own instruments' columns: a row holds a slot per column the role has used so far.
    private final int[] slotOf;
    private int slots;

    /** @param dateShift (pseudonym, date) to the released date */
    LongForm(List<Column> columns, Set<String> missingCodes, BiFunction<String, LocalDate, LocalDate> dateShift) {
        this.columns = columns;
        this.missingCodes = missingCodes;
        this.dateShift = dateShift;
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).source(), i);
        }
        used = new boolean[columns.size()];
        slotOf = new int[columns.size()];
        java.util.Arrays.fill(slotOf, -1);
    }

    /** Adds one observation of a participant whose released ids are given; false if it is not released. */
    boolean add(Observation o, String participant, String family) {
        Integer c = columnOf.get(o.variable());
        if (c == null) {
            return false;
        }
        familyOf.putIfAbsent(participant, family);
        if (slotOf[c] < 0) {
            slotOf[c] = slots++;
        }
        int slot = slotOf[c];
        TreeMap<Integer, Object[]> byWave = cells.computeIfAbsent(participant, p -> new TreeMap<>());
        Object[] row = byWave.computeIfAbsent(o.wavePosition(), w -> new Object[slots]);
        if (slot >= row.length) {
            row = java.util.Arrays.copyOf(row, slots);
            byWave.put(o.wavePosition(), row);
        }
        Object value = columns.get(c).parse(o.value(), missingCodes);
        if (value instanceof LocalDate d) {
            value = dateShift.apply(o.pseudonym(), d);
        }
        row[slot] = value;
        used[c] = true;
        return true;
    }

    LabelledDataset build(String name, String label, List<WaveInfo> waves) {
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
            b.add(widened(columns.get(c).variable(), c));
        }
        Map<Integer, Double> waveCodes = new HashMap<>();
        for (String participant : new java.util.TreeSet<>(cells.keySet())) {
            // what is in the data set need not be held twice
            for (var wave : cells.remove(participant).entrySet()) {
                Object[] values = wave.getValue();
                Object[] row = new Object[KEY_COLUMNS + kept.size()];
                row[0] = participant;
                row[1] = familyOf.get(participant);
                row[2] = waveCodes.computeIfAbsent(wave.getKey(), Integer::doubleValue);
                for (int i = 0; i < kept.size(); i++) {
                    row[KEY_COLUMNS + i] = value(values, kept.get(i));
                }
                b.row(row);
            }
        }
        return b.build();
    }

    /** The value of plan column {@code c} in a row, null if the row was made before the column was first used. */
    private Object value(Object[] values, int c) {
        int slot = slotOf[c];
        return slot >= 0 && slot < values.length ? values[slot] : null;
    }

    static Variable waveVariable(List<WaveInfo> waves) {
        Variable.Builder wave = Variable.numeric(WAVE).label("Wave").width(2).decimals(0).level(MeasurementLevel.ORDINAL);
        for (WaveInfo w : waves) {
            wave.value(w.position(), ColumnPlan.trimBytes(w.name(), Variable.MAX_VALUE_LABEL_BYTES));
        }
        return wave.build();
    }

    /** String columns get the width of their longest value; values beyond what every format holds are cut. */
    private Variable widened(Variable v, int c) {
        if (v.kind() != VariableKind.STRING) {
            return v;
        }
        int width = 1;
        for (TreeMap<Integer, Object[]> byWave : cells.values()) {
            for (Object[] values : byWave.values()) {
                if (value(values, c) instanceof String s) {
                    String cut = ColumnPlan.trimBytes(s, Variable.MAX_STRING_WIDTH);
                    values[slotOf[c]] = cut;
                    width = Math.max(width, cut.getBytes(StandardCharsets.UTF_8).length);
                }
            }
        }
        return new Variable(v.name(), v.label(), v.kind(), width, 0, v.valueLabels(), v.missingCodes(), v.level());
    }
}
