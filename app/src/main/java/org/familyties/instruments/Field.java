package org.familyties.instruments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a data dictionary: a question, a calculation or a piece of descriptive text.
 * Text columns that are empty in the dictionary are empty strings here, never null.
 *
 * @param choices      the options of a dropdown, radio or checkbox field (empty for other types)
 * @param calculation  the formula of a calc field (empty for other types)
 * @param sliderLabels the left, middle and right labels of a slider (empty for other types)
 * @param validation   the validation of a text field, or null when the text is free
 * @param showSliderNumber whether a slider shows the number chosen
 */
public record Field(
        String name,
        String formName,
        String sectionHeader,
        FieldType type,
        String label,
        List<Choice> choices,
        String calculation,
        List<String> sliderLabels,
        String fieldNote,
        TextValidation validation,
        boolean showSliderNumber,
        String validationMin,
        String validationMax,
        boolean identifier,
        String branchingLogic,
        boolean required,
        String customAlignment,
        String questionNumber,
        String matrixGroup,
        boolean matrixRanking,
        String annotation) {

    private static final List<Choice> YES_NO = List.of(new Choice("1", "Yes"), new Choice("0", "No"));
    private static final List<Choice> TRUE_FALSE = List.of(new Choice("1", "True"), new Choice("0", "False"));

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        formName = Objects.requireNonNullElse(formName, "");
        sectionHeader = Objects.requireNonNullElse(sectionHeader, "");
        label = Objects.requireNonNullElse(label, "");
        choices = List.copyOf(Objects.requireNonNullElse(choices, List.of()));
        calculation = Objects.requireNonNullElse(calculation, "");
        sliderLabels = List.copyOf(Objects.requireNonNullElse(sliderLabels, List.of()));
        fieldNote = Objects.requireNonNullElse(fieldNote, "");
        validationMin = Objects.requireNonNullElse(validationMin, "");
        validationMax = Objects.requireNonNullElse(validationMax, "");
        branchingLogic = Objects.requireNonNullElse(branchingLogic, "");
        customAlignment = Objects.requireNonNullElse(customAlignment, "");
        questionNumber = Objects.requireNonNullElse(questionNumber, "");
        matrixGroup = Objects.requireNonNullElse(matrixGroup, "");
        annotation = Objects.requireNonNullElse(annotation, "");
    }

    public static Builder builder(String name, String formName, FieldType type) {
        return new Builder(name, formName, type);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The options a person can pick: the listed choices, or the implied ones of yes/no and true/false. */
    public List<Choice> effectiveChoices() {
        return switch (type) {
            case YESNO -> YES_NO;
            case TRUEFALSE -> TRUE_FALSE;
            default -> choices;
        };
    }

    public Optional<Choice> choice(String code) {
        return effectiveChoices().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<TextValidation> textValidation() {
        return Optional.ofNullable(validation);
    }

    public boolean hasBranchingLogic() {
        return !branchingLogic.isBlank();
    }

    /** A slider's lowest value: its "Text Validation Min", or 0. */
    public double sliderMin() {
        return validationMin.isBlank() ? 0 : Double.parseDouble(validationMin.trim());
    }

    /** A slider's highest value: its "Text Validation Max", or 100. */
    public double sliderMax() {
        return validationMax.isBlank() ? 100 : Double.parseDouble(validationMax.trim());
    }

    /** Fluent construction; every column but name, form and type is optional. */
    public static final class Builder {
        private final String name;
        private final String formName;
        private final FieldType type;
        private String sectionHeader = "";
        private String label = "";
        private List<Choice> choices = List.of();
        private String calculation = "";
        private List<String> sliderLabels = List.of();
        private String fieldNote = "";
        private TextValidation validation;
        private boolean showSliderNumber;
        private String validationMin = "";
        private String validationMax = "";
        private boolean identifier;
        private String branchingLogic = "";
        private boolean required;
        private String customAlignment = "";
        private String questionNumber = "";
        private String matrixGroup = "";
        private boolean matrixRanking;
        private String annotation = "";

        private Builder(String name, String formName, FieldType type) {
            this.name = name;
            this.formName = formName;
            this.type = type;
        }

        private Builder(Field f) {
            this(f.name, f.formName, f.type);
            sectionHeader = f.sectionHeader;
            label = f.label;
            choices = f.choices;
            calculation = f.calculation;
            sliderLabels = f.sliderLabels;
            fieldNote = f.fieldNote;
            validation = f.validation;
            showSliderNumber = f.showSliderNumber;
            validationMin = f.validationMin;
            validationMax = f.validationMax;
            identifier = f.identifier;
            branchingLogic = f.branchingLogic;
            required = f.required;
            customAlignment = f.customAlignment;
            questionNumber = f.questionNumber;
            matrixGroup = f.matrixGroup;
            matrixRanking = f.matrixRanking;
            annotation = f.annotation;
        }

        public Builder sectionHeader(String v) { sectionHeader = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder choices(List<Choice> v) { choices = v; return this; }
        public Builder choices(Choice... v) { choices = List.of(v); return this; }
        public Builder calculation(String v) { calculation = v; return this; }
        public Builder sliderLabels(List<String> v) { sliderLabels = v; return this; }
        public Builder fieldNote(String v) { fieldNote = v; return this; }
        public Builder validation(TextValidation v) { validation = v; return this; }
        public Builder showSliderNumber(boolean v) { showSliderNumber = v; return this; }
        public Builder validationMin(String v) { validationMin = v; return this; }
        public Builder validationMax(String v) { validationMax = v; return this; }
        public Builder identifier(boolean v) { identifier = v; return this; }
        public Builder branchingLogic(String v) { branchingLogic = v; return this; }
        public Builder required(boolean v) { required = v; return this; }
        public Builder customAlignment(String v) { customAlignment = v; return this; }
        public Builder questionNumber(String v) { questionNumber = v; return this; }
        public Builder matrixGroup(String v) { matrixGroup = v; return this; }
        public Builder matrixRanking(boolean v) { matrixRanking = v; return this; }
        public Builder annotation(String v) { annotation = v; return this; }

        public Field build() {
            return new Field(name, formName, sectionHeader, type, label, choices, calculation, sliderLabels,
                    fieldNote, validation, showSliderNumber, validationMin, validationMax, identifier,
                    branchingLogic, required, customAlignment, questionNumber, matrixGroup, matrixRanking,
                    annotation);
        }
    }
}
