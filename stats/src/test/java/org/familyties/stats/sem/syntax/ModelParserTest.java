package org.familyties.stats.sem.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModelParserTest {

    private static Statement.Formula formula(Statement s) {
        assertThat(s).isInstanceOf(Statement.Formula.class);
        return (Statement.Formula) s;
    }

    @Test
    void operatorsModifiersAndComments() {
        List<Statement> st = ModelParser.parse("""
                # measurement
                f =~ 1*x1 + a*x2 + NA*x3 + 0*x4  # trailing comment
                y ~ b*f + x5; y ~~ c*x5
                y ~ 1
                x1 ~ 0*1
                """);
        assertThat(st).hasSize(5);
        Statement.Formula f = formula(st.get(0));
        assertThat(f.lhs()).containsExactly("f");
        assertThat(f.op()).isEqualTo("=~");
        assertThat(f.rhs()).extracting(Term::name).containsExactly("x1", "x2", "x3", "x4");
        assertThat(f.rhs().get(0).fixedValue(0)).isEqualTo(1.0);
        assertThat(f.rhs().get(1).label(0)).isEqualTo("a");
        assertThat(f.rhs().get(1).fixedValue(0)).isNull();
        assertThat(f.rhs().get(2).fixedValue(0)).isNaN();
        assertThat(f.rhs().get(3).fixedValue(0)).isEqualTo(0.0);
        assertThat(formula(st.get(1)).op()).isEqualTo("~");
        assertThat(formula(st.get(2)).op()).isEqualTo("~~");
        assertThat(formula(st.get(2)).rhs().get(0).label(0)).isEqualTo("c");
        Term intercept = formula(st.get(3)).rhs().get(0);
        assertThat(intercept.isIntercept()).isTrue();
        Term fixedIntercept = formula(st.get(4)).rhs().get(0);
        assertThat(fixedIntercept.isIntercept()).isTrue();
        assertThat(fixedIntercept.fixedValue(0)).isEqualTo(0.0);
    }

    @Test
    void definedParametersAreArithmeticExpressions() {
        List<Statement> st = ModelParser.parse("""
                Y ~ c*X
                ab := a*b
                total := c + (a*b)
                other := -a / 2 ^ 2 - (b - 1)
                """);
        Statement.Definition ab = (Statement.Definition) st.get(1);
        assertThat(ab.name()).isEqualTo("ab");
        assertThat(ab.text()).isEqualTo("a*b");
        Statement.Definition total = (Statement.Definition) st.get(2);
        assertThat(total.text()).isEqualTo("c+(a*b)");
        Map<String, Double> v = Map.of("a", 3.0, "b", 5.0, "c", 7.0);
        assertThat(total.expr().evaluate(v::get)).isEqualTo(22.0);
        assertThat(((Statement.Definition) st.get(3)).expr().evaluate(v::get)).isEqualTo(-3.0 / 4 - 4);
        assertThat(total.expr().labels()).containsExactly("c", "a", "b");
    }

    @Test
    void equalityConstraint() {
        List<Statement> st = ModelParser.parse("y ~ a*x1 + b*x2\na == b");
        Statement.Constraint c = (Statement.Constraint) st.get(1);
        assertThat(c.op()).isEqualTo("==");
        assertThat(c.left()).isEqualTo(new Expr.Ref("a"));
        assertThat(c.right()).isEqualTo(new Expr.Ref("b"));
    }

    @Test
    void formulaContinuesAfterTrailingOperatorOrBeforeLeadingPlus() {
        List<Statement> st = ModelParser.parse("""
                visual =~ x1 +
                          x2
                          + x3
                textual =~
                    x4 + x5
                ind := a *
                   b
                """);
        assertThat(st).hasSize(3);
        assertThat(formula(st.get(0)).rhs()).extracting(Term::name).containsExactly("x1", "x2", "x3");
        assertThat(formula(st.get(1)).rhs()).extracting(Term::name).containsExactly("x4", "x5");
        assertThat(((Statement.Definition) st.get(2)).text()).isEqualTo("a*b");
    }

    @Test
    void severalLeftHandSidesAndGroupModifiers() {
        List<Statement> st = ModelParser.parse("y1 + y2 ~ c(b1, b2)*x + start(0.5)*z");
        Statement.Formula f = formula(st.get(0));
        assertThat(f.lhs()).containsExactly("y1", "y2");
        assertThat(f.rhs().get(0).label(0)).isEqualTo("b1");
        assertThat(f.rhs().get(0).label(1)).isEqualTo("b2");
        assertThat(f.rhs().get(1).start(0)).isEqualTo(0.5);
    }

    @Test
    void missingRightHandSideNamesLineColumnAndExpectation() {
        assertThatThrownBy(() -> ModelParser.parse("f =~ x1 + x2\ng =~ x3 + \n\n"))
                .isInstanceOf(ModelSyntaxException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("expected a variable name");
        ModelSyntaxException e = catchSyntax("f =~ x1\ny ~~ ~ x");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.getMessage()).contains("expected a variable name").contains("'~'");
    }

    @Test
    void missingOperatorIsReported() {
        ModelSyntaxException e = catchSyntax("f =~ x1\n  y x2");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("expected an operator");
    }

    @Test
    void unbalancedParenthesesAndBadCharacters() {
        ModelSyntaxException e = catchSyntax("y ~ a*x\nab := (a*b");
        assertThat(e.getMessage()).contains("expected ')'");
        e = catchSyntax("y ~ x $ z");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("unexpected character '$'");
        assertThat(catchSyntax("   \n # only a comment\n").getMessage()).contains("expected at least one formula");
    }

    private static ModelSyntaxException catchSyntax(String text) {
        try {
            ModelParser.parse(text);
        } catch (ModelSyntaxException e) {
            return e;
        }
        throw new AssertionError("no syntax error for: " + text);
    }
}
