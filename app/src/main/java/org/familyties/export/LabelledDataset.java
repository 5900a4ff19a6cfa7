package org.familyties.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.familyties.export.internal.Text;

/**
 * A rectangular, labelled data set: ordered variables and rows of values, independent of where the
 * data came from and of the file format it is written to.
 *
 * <p>Cell values are {@link Double} for numeric variables ({@code null} or NaN = system-missing),
 * {@link String} for string variables ({@code null} is stored as the empty string) and
 * {@link LocalDate} for date variables ({@code null} = missing). Instances are immutable.
 */
public final class LabelledDataset {

    private final String name;
    private final String label;
    private final List<Variable> variables;
    private final List<Object[]> rows;
    /** Summaries asked for so far: both codebooks describe every variable, and each summary reads every row. */
    private final java.util.Map<String, VariableSummary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    private LabelledDataset(String name, String label, List<Variable> variables, List<Object[]> rows) {
        this.name = name;
        this.label = label;
        this.variables = List.copyOf(variables);
        this.rows = Collections.unmodifiableList(rows);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Short machine name of the data set, used for file names (letters, digits, '_' and '-'). */
    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public List<Variable> variables() {
        return variables;
    }

    public int rowCount() {
        return rows.size();
    }

    public int indexOf(String variableName) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(variableName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No variable " + variableName);
    }

    public Variable variable(String variableName) {
        return variables.get(indexOf(variableName));
    }

    /** Counts and summary statistics of a variable, worked out once. */
    public VariableSummary summary(String variableName) {
        return summaries.computeIfAbsent(variableName, n -> VariableSummary.of(this, n));
    }

    /** Raw cell value (Double, String or LocalDate; null for missing numbers and dates). */
    public Object value(int row, int column) {
        return rows.get(row)[column];
    }

    /** Numeric cell as a double, NaN when system-missing. */
    public double number(int row, int column) {
        Double d = (Double) rows.get(row)[column];
        return d == null ? Double.NaN : d;
    }

    public String string(int row, int column) {
        return (String) rows.get(row)[column];
    }

    public LocalDate date(int row, int column) {
        return (LocalDate) rows.get(row)[column];
    }

    /** A copy of one row. */
    public Object[] row(int row) {
        return rows.get(row).clone();
    }

    /** A new data set with the same metadata and the given rows (validated). */
    public LabelledDataset withRows(List<Object[]> newRows) {
        Builder b = builder(name).label(label);
        variables.forEach(b::add);
        newRows.forEach(r -> b.row(r));
        return b.build();
    }

    /** A new data set with one variable's metadata replaced (same name and kind) and its column transformed. */
    public LabelledDataset withVariable(Variable replacement, Function<Object, Object> transform) {
        int col = indexOf(replacement.name());
        Builder b = builder(name).label(label);
        for (int i = 0; i < variables.size(); i++) {
            b.add(i == col ? replacement : variables.get(i));
        }
        for (Object[] r : rows) {
            Object[] copy = r.clone();
            copy[col] = transform.apply(copy[col]);
            b.row(copy);
        }
        return b.build();
    }

    public static final class Builder {
        private final String name;
        private String label = "";
        private final List<Variable> variables = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String name) {
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
                throw new IllegalArgumentException("Invalid data set name: " + name);
            }
            this.name = name;
        }

        public Builder label(String label) {
            this.label = label == null ? "" : label;
            return this;
        }

        public Builder add(Variable variable) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Add variables before rows");
            }
            // SPSS and Stata compare names case-insensitively for clashes.
            if (!names.add(variable.name().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Duplicate variable name: " + variable.name());
            }
            variables.add(variable);
            return this;
        }

        public Builder add(Variable.Builder variable) {
            return add(variable.build());
        }

        public Builder row(Object... values) {
            if (values.length != variables.size()) {
                throw new IllegalArgumentException("Row " + (rows.size() + 1) + " has " + values.length
                        + " values, expected " + variables.size());
            }
            Object[] row = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = normalise(variables.get(i), values[i]);
            }
            rows.add(row);
            return this;
        }

        private Object normalise(Variable v, Object value) {
            switch (v.kind()) {
                case NUMERIC -> {
                    if (value == null) {
                        return null;
                    }
                    if (!(value instanceof Number n)) {
                        throw new IllegalArgumentException(v.name() + ": expected a number, got " + value);
                    }
                    double d = n.doubleValue();
                    if (Double.isInfinite(d)) {
                        throw new IllegalArgumentException(v.name() + ": infinite value");
                    }
                    if (n instanceof Double boxed && !Double.isNaN(d) && (d != 0.0 || 1 / d > 0)) {
                        return boxed; // shared boxes keep large data sets small
                    }
                    return Double.isNaN(d) ? null : d + 0.0; // + 0.0 turns -0.0 into 0.0
                }
                case STRING -> {
                    String s = value == null ? "" : value.toString();
                    if (Text.utf8Length(s) > v.width()) {
                        throw new IllegalArgumentException(v.name() + ": value longer than " + v.width() + " bytes");
                    }
                    return s;
                }
                case DATE -> {
                    if (value != null && !(value instanceof LocalDate)) {
                        throw new IllegalArgumentException(v.name() + ": expected a LocalDate, got " + value);
                    }
                    return value;
                }
                default -> throw new IllegalStateException();
            }
        }

        public LabelledDataset build() {
            return new LabelledDataset(name, label, variables, new ArrayList<>(rows));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LabelledDataset other)) {
            return false;
        }
        if (!name.equals(other.name) || !label.equals(other.label) || !variables.equals(other.variables)
                || rows.size() != other.rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!Arrays.equals(rows.get(i), other.rows.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, variables, rows.size());
    }
}
