package org.familyties.export;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Text;

/**
 * One column of a {@link LabelledDataset}.
 *
 * <p>Names are restricted to what every target format accepts: a letter followed by up to 31
 * letters, digits or underscores, and not a reserved word of SPSS or Stata. Value labels and
 * user-missing codes are numeric (as in survey coding frames); string variables carry neither.
 *
 * @param width    for strings the maximum length in UTF-8 bytes; for numbers the display width
 * @param decimals decimal places shown for numbers, 0 for strings and dates
 */
public record Variable(
        String name,
        String label,
        VariableKind kind,
        int width,
        int decimals,
        SortedMap<Double, String> valueLabels,
        SortedSet<Double> missingCodes,
        MeasurementLevel level) {

    public static final int MAX_NAME_LENGTH = 32;
    /** SPSS allows at most three discrete user-missing values per variable. */
    public static final int MAX_MISSING_CODES = 3;
    /** Longest string (in UTF-8 bytes) every writer supports: Stata's strN limit. */
    public static final int MAX_STRING_WIDTH = 2045;
    /** Stata's limit for variable labels, in characters; SPSS's is 255 bytes. */
    public static final int MAX_LABEL_CHARS = 80;
    public static final int MAX_LABEL_BYTES = 255;
    /** SPSS's limit for value labels. */
    public static final int MAX_VALUE_LABEL_BYTES = 120;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Set<String> RESERVED = Set.of(
            // SPSS
            "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH",
            // Stata
            "_ALL", "_B", "BYTE", "_COEF", "_CONS", "DOUBLE", "FLOAT", "IF", "IN", "INT", "LONG",
            "_N", "_PI", "_PRED", "_RC", "_SKIP", "STRL", "USING");

    public Variable {
        Objects.requireNonNull(name, "name");
        label = label == null ? "" : label;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        if (!NAME.matcher(name).matches() || name.startsWith("_") ||
                RESERVED.contains(name.toUpperCase(Locale.ROOT)) || name.matches("(?i)str[0-9]+")) {
            throw new IllegalArgumentException("Invalid variable name: " + name);
        }
        valueLabels = Collections.unmodifiableSortedMap(new TreeMap<>(valueLabels == null ? Map.of() : valueLabels));
        missingCodes = Collections.unmodifiableSortedSet(new TreeSet<>(missingCodes == null ? Set.of() : missingCodes));
        if (kind != VariableKind.NUMERIC && (!valueLabels.isEmpty() || !missingCodes.isEmpty())) {
            throw new IllegalArgumentException(name + ": only numeric variables carry value labels or missing codes");
        }
        if (missingCodes.size() > MAX_MISSING_CODES) {
            throw new IllegalArgumentException(name + ": at most " + MAX_MISSING_CODES + " missing codes");
        }
        if (label.length() > MAX_LABEL_CHARS || Text.utf8Length(label) > MAX_LABEL_BYTES) {
            throw new IllegalArgumentException(name + ": variable label longer than " + MAX_LABEL_CHARS + " characters");
        }
        for (Map.Entry<Double, String> e : valueLabels.entrySet()) {
            requireFinite(name, e.getKey());
            if (e.getValue() == null || Text.utf8Length(e.getValue()) > MAX_VALUE_LABEL_BYTES) {
                throw new IllegalArgumentException(name + ": value label missing or longer than "
                        + MAX_VALUE_LABEL_BYTES + " bytes for code " + e.getKey());
            }
        }
        for (double v : missingCodes) {
            requireFinite(name, v);
        }
        switch (kind) {
            case STRING -> {
                if (width < 1 || width > MAX_STRING_WIDTH) {
                    throw new IllegalArgumentException(name + ": string width must be 1.." + MAX_STRING_WIDTH);
                }
                decimals = 0;
            }
            case DATE -> {
                width = 10;
                decimals = 0;
            }
            case NUMERIC -> {
                // Widen so that every labelled or missing code can be displayed (e.g. -8 needs 2 columns).
                for (double code : valueLabels.keySet()) {
                    width = Math.max(width, Numbers.plain(code).length());
                }
                if (decimals < 0 || decimals > 16 || width < 1 || width > 40 || decimals >= width) {
                    throw new IllegalArgumentException(name + ": bad numeric width/decimals " + width + "." + decimals);
                }
            }
        }
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + ": codes must be finite numbers");
        }
    }

    public static Builder numeric(String name) {
        return new Builder(name, VariableKind.NUMERIC).width(8).level(MeasurementLevel.SCALE);
    }

    public static Builder string(String name, int width) {
        return new Builder(name, VariableKind.STRING).width(width).level(MeasurementLevel.NOMINAL);
    }

    public static Builder date(String name) {
        return new Builder(name, VariableKind.DATE).width(10).level(MeasurementLevel.SCALE);
    }

    public boolean isNumeric() {
        return kind == VariableKind.NUMERIC;
    }

    public boolean isMissingCode(double value) {
        return missingCodes.contains(value);
    }

    /** Label for a code, or {@code null}. */
    public String valueLabel(double code) {
        return valueLabels.get(code);
    }

    public static final class Builder {
        private final String name;
        private final VariableKind kind;
        private String label = "";
        private int width;
        private int decimals;
        private final SortedMap<Double, String> valueLabels = new TreeMap<>();
        private final SortedSet<Double> missingCodes = new TreeSet<>();
        private MeasurementLevel level;

        private Builder(String name, VariableKind kind) {
            this.name = name;
            this.kind = kind;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder width(int width) {
            this.width = width;
            return this;
        }

        public Builder decimals(int decimals) {
            this.decimals = decimals;
            return this;
        }

        public Builder value(double code, String label) {
            valueLabels.put(code, label);
            return this;
        }

        /** Declares a user-missing code together with its label, e.g. {@code -7, "Refused"}. */
        public Builder missing(double code, String label) {
            missingCodes.add(code);
            valueLabels.put(code, label);
            return this;
        }

        public Builder level(MeasurementLevel level) {
            this.level = level;
            return this;
        }

        public Variable build() {
            return new Variable(name, label, kind, width, decimals, valueLabels, missingCodes, level);
        }
    }
}
