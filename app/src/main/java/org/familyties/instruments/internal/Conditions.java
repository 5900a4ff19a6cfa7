package org.familyties.instruments.internal;

import java.math.BigDecimal;
import java.util.List;
import org.familyties.instruments.Answer;
import org.familyties.instruments.FieldReference;
import org.familyties.instruments.Responses;

/** The nodes of the branching-logic syntax tree. */
final class Conditions {

    private Conditions() {
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean holds(Responses responses) {
            return left.holds(responses) || right.holds(responses);
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean holds(Responses responses) {
            return left.holds(responses) && right.holds(responses);
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean holds(Responses responses) {
            return !operand.holds(responses);
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            operand.collectReferences(into);
        }
    }

    enum Operator {
        EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL;

        boolean isOrdering() {
            return this != EQUAL && this != NOT_EQUAL;
        }

        boolean accepts(int comparison) {
            return switch (this) {
                case EQUAL -> comparison == 0;
                case NOT_EQUAL -> comparison != 0;
                case LESS -> comparison < 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER -> comparison > 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
            };
        }
    }

    sealed interface Operand permits FieldOperand, Literal {
        String valueIn(Responses responses);
    }

    record FieldOperand(FieldReference reference) implements Operand {
        @Override
        public String valueIn(Responses responses) {
            Answer answer = responses.answer(reference.field());
            if (reference.isCheckboxOption()) {
                return answer instanceof Answer.Ticked ticked && ticked.isTicked(reference.checkboxOption()) ? "1" : "0";
            }
            return answer.asText();
        }
    }

    record Literal(String text) implements Operand {
        @Override
        public String valueIn(Responses responses) {
            return text;
        }
    }

    record Comparison(Operand left, Operator operator, Operand right) implements Condition {
        @Override
        public boolean holds(Responses responses) {
            String a = left.valueIn(responses);
            String b = right.valueIn(responses);
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x != null && y != null) {
                return operator.accepts(x.compareTo(y));
            }
            if (operator.isOrdering() && (a.isEmpty() || b.isEmpty())) {
                return false;
            }
            return operator.accepts(Integer.signum(a.compareTo(b)));
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            if (left instanceof FieldOperand f) {
                into.add(f.reference());
            }
            if (right instanceof FieldOperand f) {
                into.add(f.reference());
            }
        }

        private static BigDecimal number(String text) {
            String t = text.strip();
            if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
                return null;
            }
            return new BigDecimal(t);
        }
    }
}
