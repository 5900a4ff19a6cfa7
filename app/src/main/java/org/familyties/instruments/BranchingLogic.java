package org.familyties.instruments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.familyties.instruments.internal.BranchingLogicParser;
import org.familyties.instruments.internal.Condition;

/**
 * When a field is shown, in REDCap's syntax: {@code [sex] = '1' and ([age] >= 18 or [cb(2)] = '1')}.
 * Comparisons are numeric when both sides are numbers, otherwise textual; a blank never satisfies
 * {@code <, <=, >, >=}, and {@code [field] = ''} tests for blank. A missing-data code compares as its code.
 */
public final class BranchingLogic {

    private static final BranchingLogic ALWAYS = new BranchingLogic("", null);

    private final String source;
    private final Condition condition;

    private BranchingLogic(String source, Condition condition) {
        this.source = source;
        this.condition = condition;
    }

    /** Parses logic; blank logic means "always shown". */
    public static BranchingLogic parse(String source) throws BranchingLogicException {
        if (source == null || source.isBlank()) {
            return ALWAYS;
        }
        return new BranchingLogic(source, BranchingLogicParser.parse(source));
    }

    public static BranchingLogic always() {
        return ALWAYS;
    }

    public boolean isAlways() {
        return condition == null;
    }

    public boolean evaluate(Responses responses) {
        return condition == null || condition.holds(responses);
    }

    /** Every field reference in the order written, with positions for error messages. */
    public List<FieldReference> references() {
        List<FieldReference> references = new ArrayList<>();
        if (condition != null) {
            condition.collectReferences(references);
        }
        return List.copyOf(references);
    }

    public Set<String> referencedFields() {
        Set<String> names = new LinkedHashSet<>();
        references().forEach(r -> names.add(r.field()));
        return names;
    }

    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BranchingLogic other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return isAlways() ? "(always)" : source;
    }
}
