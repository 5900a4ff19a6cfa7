package org.familyties.stats.sem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.sem.SemOptions;
import org.familyties.stats.sem.syntax.ModelParser;
import org.familyties.stats.sem.syntax.ModelSyntaxException;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {

    private static ParameterTable build(String model, List<String> columns) {
        return ModelBuilder.build(ModelParser.parse(model), columns, 1, SemOptions.defaults(), false);
    }

    private static List<String> describe(ParameterTable t) {
        return t.rows().stream().map(p -> p.lhs() + " " + p.op() + " " + p.rhs() + " " + p.free() + " " + (p.exo() ? 1 : 0)).toList();
    }

    /** lavaanify(..., auto = TRUE, fixed.x = TRUE, auto.cov.y = TRUE) in 08_defaults_check.out. */
    @Test
    void addsTheParametersLavaanAdds() {
        ParameterTable t = build("""
                m1 ~ x1 + x2
                m2 ~ x1 + x2
                y1 ~ m1 + m2
                y2 ~ m1 + m2 + y1
                """, List.of("x1", "x2", "m1", "m2", "y1", "y2"));
        assertThat(describe(t)).containsExactly(
                "m1 ~ x1 1 0", "m1 ~ x2 2 0", "m2 ~ x1 3 0", "m2 ~ x2 4 0", "y1 ~ m1 5 0", "y1 ~ m2 6 0",
                "y2 ~ m1 7 0", "y2 ~ m2 8 0", "y2 ~ y1 9 0",
                "m1 ~~ m1 10 0", "m2 ~~ m2 11 0", "y1 ~~ y1 12 0", "y2 ~~ y2 13 0",
                "x1 ~~ x1 0 1", "x1 ~~ x2 0 1", "x2 ~~ x2 0 1");
        assertThat(t.freeCount()).isEqualTo(13);
    }

    @Test
    void finalOutcomesCovaryAndExogenousLatentsCovary() {
        ParameterTable t = build("y1 ~ x1; y2 ~ x1; y3 ~ y1 + y2; y4 ~ x1; f =~ a + b; f ~ x1; g =~ c + d; h =~ e + k",
                List.of("x1", "y1", "y2", "y3", "y4", "a", "b", "c", "d", "e", "k"));
        List<String> rows = describe(t);
        assertThat(rows).contains("f =~ a 0 0");
        assertThat(rows).anyMatch(r -> r.startsWith("g ~~ h "));
        assertThat(rows).anyMatch(r -> r.startsWith("f ~~ y3 "));
        assertThat(rows).anyMatch(r -> r.startsWith("f ~~ y4 "));
        assertThat(rows).anyMatch(r -> r.startsWith("y3 ~~ y4 "));
        assertThat(rows).noneMatch(r -> r.startsWith("y1 ~~ y2 "));
        assertThat(rows).noneMatch(r -> r.startsWith("f ~~ g "));
    }

    @Test
    void sharedLabelsAndEqualityConstraintsShareOneParameter() {
        ParameterTable t = build("y ~ a*x1 + a*x2 + b*x3 + c*x4\nb == c", List.of("y", "x1", "x2", "x3", "x4"));
        List<Parameter> reg = t.rows().stream().filter(p -> p.op().equals("~")).toList();
        assertThat(reg.get(0).free()).isEqualTo(reg.get(1).free());
        assertThat(reg.get(2).free()).isEqualTo(reg.get(3).free());
        assertThat(reg.get(0).free()).isNotEqualTo(reg.get(2).free());
        assertThat(t.freeCount()).isEqualTo(3);
    }

    /** lavaanify("f =~ x1; f ~ x2; g =~ x3 + x4", auto.fix.single = TRUE, ...) in lavaan 0.6-14. */
    @Test
    void singleIndicatorHasNoResidualVariance() {
        ParameterTable t = build("f =~ x1; f ~ x2; g =~ x3 + x4", List.of("x1", "x2", "x3", "x4"));
        assertThat(describe(t)).containsExactly("f =~ x1 0 0", "f ~ x2 1 0", "g =~ x3 0 0", "g =~ x4 2 0",
                "x1 ~~ x1 0 0", "x3 ~~ x3 3 0", "x4 ~~ x4 4 0", "f ~~ f 5 0", "g ~~ g 6 0", "x2 ~~ x2 0 1");
        assertThat(t.rows().get(4).value()).isZero();
    }

    /** lavaanify("y ~ x1 + x2 + x3\nx1 ~~ x2", auto = TRUE, fixed.x = TRUE) in lavaan 0.6-14 (with its warning). */
    @Test
    void covariatesInCovarianceFormulasBecomeRandom() {
        ParameterTable t = build("y ~ x1 + x2 + x3\nx1 ~~ x2", List.of("y", "x1", "x2", "x3"));
        assertThat(describe(t)).containsExactly("y ~ x1 1 0", "y ~ x2 2 0", "y ~ x3 3 0", "x1 ~~ x2 4 0", "y ~~ y 5 0",
                "x1 ~~ x1 6 0", "x2 ~~ x2 7 0", "x3 ~~ x3 0 1");
        assertThat(t.exogenousObserved()).containsExactly("x3");
        assertThat(t.notes()).singleElement().asString().contains("x1, x2");
    }

    @Test
    void unknownObservedVariableListsTheColumns() {
        assertThatThrownBy(() -> build("f =~ x1 + x2 + xx3", List.of("x1", "x2", "x3")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("'xx3'")
                .hasMessageContaining("x1, x2, x3");
    }

    @Test
    void definedParameterWithUnknownLabelIsRejected() {
        assertThatThrownBy(() -> build("y ~ a*x\nab := a*b", List.of("x", "y")))
                .isInstanceOf(ModelSyntaxException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'b'");
    }
}
