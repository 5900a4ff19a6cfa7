package org.familyties.instruments.internal;

import static org.familyties.instruments.internal.DictionaryColumn.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.familyties.instruments.BranchingLogic;
import org.familyties.instruments.BranchingLogicException;
import org.familyties.instruments.Choice;
import org.familyties.instruments.DictionaryProblem;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.TextValidation;

/** Turns one dictionary row into a field, reporting what is wrong with each of its cells. */
final class FieldRowReader {

    static final String NAME_PATTERN = "[a-z][a-z0-9_]*";
    private static final int LONGEST_NAME = 100;
    private static final List<String> ALIGNMENTS = List.of("RV", "RH", "LV", "LH");

    private final int row;
    private final Map<DictionaryColumn, String> cells;
    private final List<DictionaryProblem> problems;

    FieldRowReader(int row, Map<DictionaryColumn, String> cells, List<DictionaryProblem> problems) {
        this.row = row;
        this.cells = cells;
        this.problems = problems;
    }

    /** The field, or null when the row is too broken to make one (its problems are then reported). */
    Field read() {
        int before = problems.size();
        String name = name(NAME, "variable name");
        String form = name(FORM, "form name");
        Optional<FieldType> type = FieldType.fromCode(cell(TYPE));
        if (cell(TYPE).isBlank()) {
            problem(TYPE, "The field has no type; use one of " + typeCodes());
        } else if (type.isEmpty()) {
            problem(TYPE, "Unknown field type '" + cell(TYPE).strip() + "'; use one of " + typeCodes());
        }
        // Carry on past a bad name or type so that one pass reports every problem of the row.
        boolean matrixRanking = flag(MATRIX_RANKING);
        Field.Builder field = Field.builder(name == null ? "" : name, form == null ? "" : form,
                        type.orElse(FieldType.TEXT))
                .sectionHeader(cell(SECTION_HEADER))
                .label(cell(LABEL))
                .fieldNote(cell(NOTE))
                .identifier(flag(IDENTIFIER))
                .required(flag(REQUIRED))
                .customAlignment(alignment())
                .questionNumber(cell(QUESTION_NUMBER).strip())
                .matrixRanking(matrixRanking)
                .annotation(cell(ANNOTATION))
                .branchingLogic(branchingLogic());
        if (cell(LABEL).isBlank()) {
            problem(LABEL, "The field has no label; write the question or text to show");
        }
        if (type.isPresent()) {
            choicesColumn(type.get(), field);
            validationColumns(type.get(), field);
            matrix(type.get(), field, matrixRanking);
        }
        return problems.size() == before ? field.build() : null;
    }

    private String name(DictionaryColumn column, String what) {
        String value = cell(column).strip();
        if (value.isEmpty()) {
            problem(column, "The " + what + " is missing; every row needs one");
            return null;
        }
        if (!value.matches(NAME_PATTERN) || value.length() > LONGEST_NAME) {
            String suggestion = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                    .replaceAll("^[^a-z]+", "");
            problem(column, "'" + value + "' is not a valid " + what + ": use lowercase letters, digits and "
                    + "underscores, starting with a letter, at most " + LONGEST_NAME + " characters"
                    + (suggestion.isEmpty() ? "" : " (for example '" + suggestion + "')"));
            return null;
        }
        return value;
    }

    private void choicesColumn(FieldType type, Field.Builder field) {
        String text = cell(CHOICES);
        if (type.hasListedChoices()) {
            if (text.isBlank()) {
                problem(CHOICES, "A " + type.code() + " field needs choices, written as '1, First | 2, Second'");
                return;
            }
            List<Choice> choices = ChoiceList.parse(text, message -> problem(CHOICES, message));
            field.choices(choices);
        } else if (type == FieldType.CALC) {
            if (text.isBlank()) {
                problem(CHOICES, "A calc field needs its calculation in this column, such as [weight] / ([height] ^ 2)");
            }
            field.calculation(text.strip());
        } else if (type == FieldType.SLIDER) {
            List<String> labels = text.isBlank() ? List.of()
                    : Arrays.stream(text.split("\\|", -1)).map(String::strip).toList();
            if (labels.size() > 3) {
                problem(CHOICES, "A slider has at most three labels (left | middle | right), not " + labels.size());
            }
            field.sliderLabels(labels);
        } else if (!text.isBlank()) {
            problem(CHOICES, "A " + type.code() + " field takes no choices or calculation; clear this cell"
                    + " or change the field type");
        }
    }

    private void validationColumns(FieldType type, Field.Builder field) {
        String code = cell(VALIDATION).strip();
        String min = cell(MIN).strip();
        String max = cell(MAX).strip();
        field.validationMin(min).validationMax(max);
        if (type == FieldType.SLIDER) {
            if (!code.isEmpty() && !code.equalsIgnoreCase("number")) {
                problem(VALIDATION, "For a slider this column may only say 'number' (to show the number chosen)");
            }
            field.showSliderNumber(code.equalsIgnoreCase("number"));
            range(TextValidation.NUMBER, min, max);
            return;
        }
        TextValidation validation = null;
        if (!code.isEmpty()) {
            validation = TextValidation.fromCode(code).orElse(null);
            if (validation == null) {
                problem(VALIDATION, "Unknown validation '" + code + "'; use one of " + validationCodes());
                return;
            }
            if (validation.fieldType() != type) {
                problem(VALIDATION, "Validation '" + code + "' is for " + validation.fieldType().code()
                        + " fields, not " + type.code() + "; clear this cell or change the field type");
                return;
            }
        }
        if (type != FieldType.TEXT) {
            field.validation(validation);
            if (!min.isEmpty() || !max.isEmpty()) {
                problem(min.isEmpty() ? MAX : MIN, "Minimum and maximum apply only to text fields and sliders");
            }
            return;
        }
        field.validation(validation);
        if (min.isEmpty() && max.isEmpty()) {
            return;
        }
        if (validation == null || !validation.isRanged()) {
            problem(min.isEmpty() ? MAX : MIN, "Minimum and maximum need a number, date or time validation");
            return;
        }
        range(validation, min, max);
    }

    private void range(TextValidation validation, String min, String max) {
        Comparable<?> low = bound(validation, MIN, min);
        Comparable<?> high = bound(validation, MAX, max);
        if (low != null && high != null && ValueFormats.compare(low, high) > 0) {
            problem(MIN, "The minimum " + min + " is greater than the maximum " + max + "; swap them");
        }
    }

    private Comparable<?> bound(TextValidation validation, DictionaryColumn column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        Comparable<?> value = ValueFormats.parseBound(validation, text);
        if (value == null) {
            problem(column, "'" + text + "' is not a valid " + (column == MIN ? "minimum" : "maximum")
                    + "; enter " + ValueFormats.expected(validation));
        }
        return value;
    }

    private String branchingLogic() {
        String logic = cell(BRANCHING).strip();
        try {
            BranchingLogic.parse(logic);
        } catch (BranchingLogicException e) {
            problem(BRANCHING, "Branching logic does not parse: " + e.detail() + " (at character "
                    + e.position() + " of '" + logic + "')");
        }
        return logic;
    }

    private void matrix(FieldType type, Field.Builder field, boolean matrixRanking) {
        String group = cell(MATRIX_GROUP).strip();
        field.matrixGroup(group);
        if (group.isEmpty()) {
            if (matrixRanking) {
                problem(MATRIX_RANKING, "Matrix ranking needs a matrix group name");
            }
            return;
        }
        if (!group.matches("[a-z0-9_]+")) {
            problem(MATRIX_GROUP, "'" + group + "' is not a valid matrix group name: use lowercase letters, digits and underscores");
        }
        if (type != FieldType.RADIO && type != FieldType.CHECKBOX) {
            problem(MATRIX_GROUP, "Only radio and checkbox fields can be in a matrix group, not " + type.code());
        }
    }

    private String alignment() {
        String value = cell(ALIGNMENT).strip().toUpperCase(Locale.ROOT);
        if (!value.isEmpty() && !ALIGNMENTS.contains(value)) {
            problem(ALIGNMENT, "Custom alignment '" + value + "' should be one of RV, RH, LV, LH or blank");
        }
        return value;
    }

    private boolean flag(DictionaryColumn column) {
        String value = cell(column).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "y", "yes", "1", "true" -> true;
            case "", "n", "no", "0", "false" -> false;
            default -> {
                problem(column, "'" + value + "' should be 'y' or blank");
                yield false;
            }
        };
    }

    private String cell(DictionaryColumn column) {
        return cells.getOrDefault(column, "");
    }

    private void problem(DictionaryColumn column, String message) {
        problems.add(new DictionaryProblem(row, column.header(), message));
    }

    private static String typeCodes() {
        return String.join(", ", Arrays.stream(FieldType.values()).map(FieldType::code).toList());
    }

    private static String validationCodes() {
        return String.join(", ", Arrays.stream(TextValidation.values())
                .filter(v -> v.fieldType() == FieldType.TEXT).map(TextValidation::code).toList());
    }
}
