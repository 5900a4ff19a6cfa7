package org.familyties.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.familyties.export.internal.Text;

/** A global recoding of one variable, applied the same way to every record. */
public interface Recode {

    String variable();

    LabelledDataset apply(LabelledDataset data);

    /** A half-open interval [from, to) and its label; either end may be infinite. */
    record Band(double from, double to, String label) {
        public Band {
            Objects.requireNonNull(label, "label");
            if (!(from < to)) {
                throw new IllegalArgumentException("Empty band " + label);
            }
        }

        boolean contains(double value) {
            return value >= from && value < to;
        }
    }

    /**
     * Replaces a numeric variable by band codes 1, 2, ... labelled with the band labels (e.g. age
     * bands). Missing codes and system-missing values are kept; a valid value outside every band is an error.
     */
    static Recode bands(String variable, Band... bands) {
        List<Band> list = List.of(bands);
        return new Recode() {
            public String variable() {
                return variable;
            }

            public LabelledDataset apply(LabelledDataset data) {
                Variable old = data.variable(variable);
                if (!old.isNumeric()) {
                    throw new IllegalArgumentException(variable + " is not numeric");
                }
                Variable.Builder b = Variable.numeric(variable).label(old.label()).width(2).decimals(0)
                        .level(MeasurementLevel.ORDINAL);
                for (int i = 0; i < list.size(); i++) {
                    b.value(i + 1, list.get(i).label());
                }
                for (double code : old.missingCodes()) {
                    b.missing(code, old.valueLabels().getOrDefault(code, "Missing"));
                }
                return data.withVariable(b.build(), value -> {
                    if (value == null || old.isMissingCode((Double) value)) {
                        return value;
                    }
                    double d = (Double) value;
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).contains(d)) {
                            return (double) (i + 1);
                        }
                    }
                    throw new IllegalArgumentException(variable + ": value " + d + " is in no band");
                });
            }
        };
    }

    /**
     * Merges numeric categories: each code in {@code mapping} is replaced by its target; other values
     * are kept. Value labels become {@code labels}, plus the labels of the missing codes.
     */
    static Recode mergeCodes(String variable, Map<Double, Double> mapping, Map<Double, String> labels) {
        return new Recode() {
            public String variable() {
                return variable;
            }

            public LabelledDataset apply(LabelledDataset data) {
                Variable old = data.variable(variable);
                Variable.Builder b = Variable.numeric(variable).label(old.label()).width(old.width())
                        .decimals(old.decimals()).level(old.level());
                labels.forEach(b::value);
                for (double code : old.missingCodes()) {
                    b.missing(code, old.valueLabels().getOrDefault(code, "Missing"));
                }
                return data.withVariable(b.build(), value -> value == null ? null : mapping.getOrDefault(value, (Double) value));
            }
        };
    }

    /**
     * Merges string categories, e.g. moving up a hierarchy (region to nation): each value in
     * {@code mapping} is replaced by its target; other values are kept.
     */
    static Recode mergeStrings(String variable, Map<String, String> mapping) {
        return new Recode() {
            public String variable() {
                return variable;
            }

            public LabelledDataset apply(LabelledDataset data) {
                Variable old = data.variable(variable);
                int width = old.width();
                for (String target : mapping.values()) {
                    width = Math.max(width, Text.utf8Length(target));
                }
                Variable replacement = Variable.string(variable, width).label(old.label()).level(old.level()).build();
                return data.withVariable(replacement, value -> mapping.getOrDefault(value, (String) value));
            }
        };
    }
}
