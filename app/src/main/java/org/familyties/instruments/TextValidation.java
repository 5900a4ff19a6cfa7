package org.familyties.instruments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validations of a text field, by the code in "Text Validation Type OR Show Slider Number".
 * Dates and times are stored in ISO order whatever the display order (as REDCap stores them):
 * {@code date_dmy} only changes how the date is shown, the value is still {@code YYYY-MM-DD}.
 */
public enum TextValidation {
    INTEGER("integer", "int"),
    NUMBER("number", "float"),
    NUMBER_1DP("number_1dp"),
    NUMBER_2DP("number_2dp"),
    DATE_YMD("date_ymd", "date"),
    DATE_DMY("date_dmy"),
    DATE_MDY("date_mdy"),
    DATETIME_YMD("datetime_ymd", "datetime"),
    DATETIME_DMY("datetime_dmy"),
    DATETIME_MDY("datetime_mdy"),
    DATETIME_SECONDS_YMD("datetime_seconds_ymd", "datetime_seconds"),
    DATETIME_SECONDS_DMY("datetime_seconds_dmy"),
    DATETIME_SECONDS_MDY("datetime_seconds_mdy"),
    TIME("time"),
    EMAIL("email"),
    PHONE("phone", "phone_uk"),
    POSTCODE_UK("postalcode_uk", "postcode_uk", "postcode", "postalcode"),
    ALPHA_ONLY("alpha_only"),
    /** Not a text validation: REDCap marks a dropdown that offers auto-completion this way. */
    AUTOCOMPLETE("autocomplete"),
    /** Not a text validation: REDCap marks a file field that captures a signature this way. */
    SIGNATURE("signature");

    private final String code;
    private final List<String> aliases;

    TextValidation(String code, String... aliases) {
        this.code = code;
        this.aliases = List.of(aliases);
    }

    public String code() {
        return code;
    }

    public static Optional<TextValidation> fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.code.equals(wanted) || v.aliases.contains(wanted))
                .findFirst();
    }

    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER || this == NUMBER_1DP || this == NUMBER_2DP;
    }

    /** The field type this validation belongs to: autocomplete to dropdowns, signature to files, the rest to text. */
    public FieldType fieldType() {
        return switch (this) {
            case AUTOCOMPLETE -> FieldType.DROPDOWN;
            case SIGNATURE -> FieldType.FILE;
            default -> FieldType.TEXT;
        };
    }

    public boolean isDate() {
        return this == DATE_YMD || this == DATE_DMY || this == DATE_MDY;
    }

    public boolean isDateTime() {
        return name().startsWith("DATETIME");
    }

    public boolean hasSeconds() {
        return name().startsWith("DATETIME_SECONDS");
    }

    /** Whether min and max apply (numbers, dates and times); they mean nothing for e-mail addresses. */
    public boolean isRanged() {
        return isNumeric() || isDate() || isDateTime() || this == TIME;
    }
}
