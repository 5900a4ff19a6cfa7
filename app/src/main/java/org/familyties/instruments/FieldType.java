package org.familyties.instruments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The REDCap field types, by the code used in the dictionary's "Field Type" column. */
public enum FieldType {
    TEXT("text"),
    NOTES("notes"),
    DROPDOWN("dropdown"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    YESNO("yesno"),
    TRUEFALSE("truefalse"),
    SLIDER("slider"),
    CALC("calc"),
    DESCRIPTIVE("descriptive"),
    FILE("file");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FieldType> fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }

    /** Types whose choices are listed in the dictionary as {@code code, label | code, label}. */
    public boolean hasListedChoices() {
        return this == DROPDOWN || this == RADIO || this == CHECKBOX;
    }

    /** Types whose answer is one code from a fixed set of choices. */
    public boolean isSingleChoice() {
        return this == DROPDOWN || this == RADIO || this == YESNO || this == TRUEFALSE;
    }

    /** Types that never hold an answer typed or picked by a person. */
    public boolean holdsNoAnswer() {
        return this == DESCRIPTIVE || this == CALC;
    }
}
