package org.familyties.export.deposit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.familyties.export.DepositOptions;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;

/** Checks deposit options against the study: every problem is reported at once, keyed by option name. */
final class OptionsCheck {

    static final int MAX_K = 100;
    static final int MAX_SHIFT_DAYS = 3650;

    private final List<FieldProblem> problems = new ArrayList<>();

    static void check(DepositOptions o, DepositInput input, Map<String, Variable> released) {
        OptionsCheck c = new OptionsCheck();
        c.choices(o);
        c.selection(o, input);
        c.numbers(o);
        c.variables(o, released);
        if (!c.problems.isEmpty()) {
            throw new InvalidInputException(c.problems);
        }
    }

    private void choices(DepositOptions o) {
        valid("freeText", o.freeText(), o::freeTextChoice, "Choose whether free text is dropped (DROP) or kept for review (REVIEW)");
        valid("dates", o.dates(), o::datesChoice, "Choose how dates are released: SHIFT, YEAR or YEAR_MONTH");
        valid("ids", o.ids(), o::idsChoice, "Choose how ids are released: HASH or REKEY");
    }

    private void valid(String field, String given, Supplier<?> parse, String message) {
        if (given == null) {
            return;
        }
        try {
            parse.get();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private void selection(DepositOptions o, DepositInput input) {
        Set<Integer> waves = new HashSet<>();
        input.waves().forEach(w -> waves.add(w.position()));
        for (Integer w : o.waves()) {
            if (w == null || !waves.contains(w)) {
                problems.add(new FieldProblem("waves", "The study has no wave " + w));
            }
        }
        Set<String> roles = new HashSet<>();
        input.roles().forEach(r -> roles.add(r.code()));
        for (String r : o.roles()) {
            if (!roles.contains(r)) {
                problems.add(new FieldProblem("roles", "The study has no informant role " + r));
            }
        }
        Set<String> instruments = new HashSet<>();
        input.fields().forEach(f -> instruments.add(f.formName()));
        for (String i : o.instruments()) {
            if (!instruments.contains(i)) {
                problems.add(new FieldProblem("instruments", "The study has no instrument " + i));
            }
        }
    }

    private void numbers(DepositOptions o) {
        if (o.k() != null && (o.k() < 2 || o.k() > MAX_K)) {
            problems.add(new FieldProblem("k", "k must be a whole number from 2 to " + MAX_K));
        }
        if (o.maxShiftDays() != null && (o.maxShiftDays() < 1 || o.maxShiftDays() > MAX_SHIFT_DAYS)) {
            problems.add(new FieldProblem("maxShiftDays", "The largest date shift must be from 1 to " + MAX_SHIFT_DAYS + " days"));
        }
    }

    private void variables(DepositOptions o, Map<String, Variable> released) {
        Set<String> seen = new HashSet<>();
        for (String q : o.quasiIdentifiers()) {
            if (!released.containsKey(key(q))) {
                problems.add(new FieldProblem("quasiIdentifiers", "There is no released variable " + q));
            } else if (!seen.add(key(q))) {
                problems.add(new FieldProblem("quasiIdentifiers", q + " is declared twice"));
            }
        }
        for (DepositOptions.TopCode t : o.topCodes()) {
            if (numeric("topCodes", t.variable(), released)
                    && (t.percentile() == null) == (t.cap() == null)) {
                problems.add(new FieldProblem("topCodes", "Give " + t.variable() + " either a percentile or a cap"));
            } else if (t.percentile() != null && !(t.percentile() > 0 && t.percentile() <= 100)) {
                problems.add(new FieldProblem("topCodes", "The percentile for " + t.variable() + " must be above 0 and at most 100"));
            }
        }
        for (DepositOptions.Banding b : o.bands()) {
            if (!numeric("bands", b.variable(), released)) {
                continue;
            }
            if (b.bands() == null || b.bands().isEmpty()) {
                problems.add(new FieldProblem("bands", "Give at least one band for " + b.variable()));
                continue;
            }
            for (DepositOptions.Band band : b.bands()) {
                double from = band.from() == null ? Double.NEGATIVE_INFINITY : band.from();
                double to = band.to() == null ? Double.POSITIVE_INFINITY : band.to();
                if (!(from < to) || band.label() == null || band.label().isBlank()) {
                    problems.add(new FieldProblem("bands", "Each band of " + b.variable() + " needs a label and a start below its end"));
                }
            }
        }
        for (DepositOptions.Merge m : o.merges()) {
            if (!numeric("merges", m.variable(), released)) {
                continue;
            }
            if (m.codes() == null || m.codes().isEmpty() || m.codes().stream().anyMatch(java.util.Objects::isNull)
                    || m.into() == null) {
                problems.add(new FieldProblem("merges", "Give the codes of " + m.variable() + " to merge and the code they become"));
                continue;
            }
            Variable v = released.get(key(m.variable()));
            List<Double> codes = new ArrayList<>(v.valueLabels().keySet());
            codes.removeIf(v::isMissingCode);
            List<String> unknown = m.codes().stream().filter(c -> !codes.contains(c))
                    .map(org.familyties.export.internal.Numbers::plain).toList();
            if (!codes.isEmpty() && !unknown.isEmpty()) {
                problems.add(new FieldProblem("merges", m.variable() + " has no code " + String.join(", ", unknown)
                        + " to merge; its codes are " + String.join(", ",
                        codes.stream().map(org.familyties.export.internal.Numbers::plain).toList())));
            }
        }
    }

    private boolean numeric(String field, String variable, Map<String, Variable> released) {
        Variable v = variable == null ? null : released.get(key(variable));
        if (v == null) {
            problems.add(new FieldProblem(field, "There is no released variable " + variable));
            return false;
        }
        if (v.kind() != VariableKind.NUMERIC) {
            problems.add(new FieldProblem(field, variable + " is not numeric"));
            return false;
        }
        return true;
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
