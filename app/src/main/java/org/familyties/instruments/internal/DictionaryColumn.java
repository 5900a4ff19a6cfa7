package org.familyties.instruments.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a REDCap data dictionary, in file order, with the header REDCap writes. */
enum DictionaryColumn {
    NAME("Variable / Field Name", "variablefieldname", "fieldname", "variablename", "variable"),
    FORM("Form Name", "formname", "form", "instrument", "instrumentname"),
    SECTION_HEADER("Section Header", "sectionheader"),
    TYPE("Field Type", "fieldtype", "type"),
    LABEL("Field Label", "fieldlabel", "label"),
    CHOICES("Choices, Calculations, OR Slider Labels", "choicescalculationsorsliderlabels", "choices"),
    NOTE("Field Note", "fieldnote", "note"),
    VALIDATION("Text Validation Type OR Show Slider Number", "textvalidationtypeorshowslidernumber",
            "textvalidationtype", "validation", "validationtype"),
    MIN("Text Validation Min", "textvalidationmin", "validationmin", "min"),
    MAX("Text Validation Max", "textvalidationmax", "validationmax", "max"),
    IDENTIFIER("Identifier?", "identifier"),
    BRANCHING("Branching Logic (Show field only if...)", "branchinglogicshowfieldonlyif", "branchinglogic"),
    REQUIRED("Required Field?", "requiredfield", "required"),
    ALIGNMENT("Custom Alignment", "customalignment", "alignment"),
    QUESTION_NUMBER("Question Number (surveys only)", "questionnumbersurveysonly", "questionnumber"),
    MATRIX_GROUP("Matrix Group Name", "matrixgroupname", "matrixgroup"),
    MATRIX_RANKING("Matrix Ranking?", "matrixranking"),
    ANNOTATION("Field Annotation", "fieldannotation", "annotation");

    static final List<DictionaryColumn> REQUIRED_COLUMNS = List.of(NAME, FORM, TYPE, LABEL);

    private final String header;
    private final List<String> keys;

    DictionaryColumn(String header, String... keys) {
        this.header = header;
        this.keys = List.of(keys);
    }

    String header() {
        return header;
    }

    /** Matches a header cell ignoring case, spacing and punctuation: "Field Type", "field_type", "FIELD TYPE". */
    static Optional<DictionaryColumn> forHeader(String cell) {
        String key = normalise(cell);
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    private static String normalise(String cell) {
        return cell.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
