package org.familyties.export.deposit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.familyties.export.MeasurementLevel;
import org.familyties.export.Variable;
import org.familyties.instruments.Choice;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.TextValidation;

/**
 * Turns the data dictionary into released variables: value labels from choices, the study's missing
 * codes declared user-missing, one 0/1 variable per checkbox option (REDCap's {@code field___code}),
 * dates as dates. Fields flagged as identifiers are never released; free text only when asked for.
 */
final class ColumnPlan {

    /** Room left in a 32-character name for the wide form's {@code _w<wave>} suffix. */
    static final int LONG_NAME_LIMIT = 27;

    private final List<Column> columns = new ArrayList<>();
    private final List<String> droppedIdentifiers = new ArrayList<>();
    private final List<String> droppedFreeText = new ArrayList<>();
    private final List<String> keptFreeText = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>(Set.of("PARTICIPANT_ID", "FAMILY_ID", "WAVE", "ROLE"));

    ColumnPlan(List<Field> fields, List<MissingCode> missingCodes, Map<String, String> scoreInstruments,
               Set<String> instruments, boolean keepFreeText) {
        for (Field field : fields) {
            if (!instruments.contains(field.formName()) || field.type() == FieldType.DESCRIPTIVE
                    || field.type() == FieldType.FILE) {
                continue;
            }
            if (field.identifier()) {
                droppedIdentifiers.add(field.name());
                continue;
            }
            if (isFreeText(field)) {
                (keepFreeText ? keptFreeText : droppedFreeText).add(field.name());
                if (!keepFreeText) {
                    continue;
                }
            }
            add(field, missingCodes);
        }
        scoreInstruments.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> instruments.contains(e.getValue()))
                .forEach(e -> columns.add(new Column(e.getKey(), e.getValue(), numeric(e.getKey(),
                        "Score " + e.getKey(), missingCodes).decimals(2).width(8).build(), false)));
    }

    static boolean isFreeText(Field field) {
        if (field.type() == FieldType.NOTES) {
            return true;
        }
        if (field.type() != FieldType.TEXT) {
            return false;
        }
        TextValidation v = field.validation();
        return v == null || !(v.isNumeric() || v.isDate());
    }

    private void add(Field field, List<MissingCode> missingCodes) {
        String label = field.label();
        switch (field.type()) {
            case CHECKBOX -> {
                for (Choice choice : field.effectiveChoices()) {
                    String source = field.name() + "___" + choice.code();
                    Variable.Builder b = numeric(source, label + ": " + choice.label(), missingCodes)
                            .level(MeasurementLevel.NOMINAL).value(0, "Not ticked").value(1, "Ticked");
                    columns.add(new Column(source, field.formName(), b.build(), false));
                }
            }
            case DROPDOWN, RADIO, YESNO, TRUEFALSE -> {
                if (field.effectiveChoices().stream().allMatch(c -> isNumber(c.code()))) {
                    Variable.Builder b = numeric(field.name(), label, missingCodes).level(MeasurementLevel.NOMINAL);
                    for (Choice c : field.effectiveChoices()) {
                        b.value(Double.parseDouble(c.code()), trimBytes(c.label(), Variable.MAX_VALUE_LABEL_BYTES));
                    }
                    columns.add(new Column(field.name(), field.formName(), b.build(), false));
                } else {
                    columns.add(new Column(field.name(), field.formName(), string(field.name(), label), false));
                }
            }
            case SLIDER, CALC -> columns.add(new Column(field.name(), field.formName(),
                    numeric(field.name(), label, missingCodes).decimals(field.type() == FieldType.CALC ? 2 : 0).build(), false));
            default -> {
                TextValidation v = field.validation();
                Variable variable;
                if (v != null && v.isNumeric()) {
                    variable = numeric(field.name(), label, missingCodes)
                            .decimals(v == TextValidation.INTEGER ? 0 : v == TextValidation.NUMBER_1DP ? 1 : 2).build();
                } else if (v != null && v.isDate()) {
                    variable = Variable.date(name(field.name())).label(trimChars(label)).build();
                } else {
                    variable = string(field.name(), label);
                }
                columns.add(new Column(field.name(), field.formName(), variable, isFreeText(field)));
            }
        }
    }

    private Variable.Builder numeric(String source, String label, List<MissingCode> missingCodes) {
        Variable.Builder b = Variable.numeric(name(source)).label(trimChars(label)).width(8);
        int declared = 0;
        for (MissingCode m : missingCodes) {
            if (isNumber(m.code()) && declared < Variable.MAX_MISSING_CODES) {
                b.missing(Double.parseDouble(m.code()), trimBytes(m.label(), Variable.MAX_VALUE_LABEL_BYTES));
                declared++;
            }
        }
        return b;
    }

    /** Width is a placeholder: the tables widen string columns to their longest value. */
    private Variable string(String source, String label) {
        return Variable.string(name(source), 1).label(trimChars(label)).build();
    }

    /** A valid, unique variable name of at most {@value #LONG_NAME_LIMIT} characters. */
    private String name(String source) {
        String base = source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "v" + base;
        }
        if (base.matches("str[0-9]+") || Set.of("all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or",
                "to", "with", "byte", "double", "float", "if", "in", "int", "long", "strl", "using").contains(base)) {
            base = "v_" + base;
        }
        base = base.length() > LONG_NAME_LIMIT ? base.substring(0, LONG_NAME_LIMIT) : base;
        String candidate = base;
        for (int i = 2; !usedNames.add(candidate.toUpperCase(Locale.ROOT)); i++) {
            String suffix = "_" + i;
            candidate = base.substring(0, Math.min(base.length(), LONG_NAME_LIMIT - suffix.length())) + suffix;
        }
        return candidate;
    }

    static String trimChars(String label) {
        String l = label == null ? "" : label.replaceAll("\\s+", " ").trim();
        while (l.length() > Variable.MAX_LABEL_CHARS
                || l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Variable.MAX_LABEL_BYTES) {
            l = l.substring(0, Math.min(l.length(), Variable.MAX_LABEL_CHARS) - 1);
        }
        return l;
    }

    static String trimBytes(String label, int maxBytes) {
        String l = label == null ? "" : label;
        while (l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBytes) {
            l = l.substring(0, l.length() - 1);
        }
        return l;
    }

    private static boolean isNumber(String code) {
        try {
            return Double.isFinite(Double.parseDouble(code.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** Columns by the observation variable they read. */
    Map<String, Column> bySource() {
        Map<String, Column> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.source(), c));
        return map;
    }

    List<String> droppedIdentifiers() {
        return droppedIdentifiers;
    }

    List<String> droppedFreeText() {
        return droppedFreeText;
    }

    List<String> keptFreeText() {
        return keptFreeText;
    }
}
