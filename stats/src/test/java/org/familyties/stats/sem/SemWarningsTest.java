package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.familyties.stats.data.DataTable;
import org.familyties.stats.sem.estimate.Block;
import org.familyties.stats.sem.estimate.FisherScoring;
import org.familyties.stats.sem.estimate.MlObjective;
import org.familyties.stats.sem.estimate.RamModel;
import org.familyties.stats.sem.estimate.SampleMoments;
import org.familyties.stats.sem.model.ModelBuilder;
import org.familyties.stats.sem.model.ParameterTable;
import org.familyties.stats.sem.syntax.ModelParser;
import org.junit.jupiter.api.Test;

/** Problems are reported as warnings, never as silent numbers. */
class SemWarningsTest {

    private static final List<String> Y4 = List.of("y1", "y2", "y3", "y4");

    @Test
    void heywoodCaseIsReported() {
        // correlations .8, .8, .6 need a standardized loading of sqrt(1.07) for y1: negative residual variance
        double[][] sigma = {{1, 0.8, 0.8}, {0.8, 1, 0.6}, {0.8, 0.6, 1}};
        DataTable data = SemPropertiesTest.withCovariance(sigma, 150, 1, List.of("y1", "y2", "y3"));
        SemResult r = Sem.fit("f =~ y1 + y2 + y3", data, SemOptions.cfa());
        assertThat(r.parameter("y1", "~~", "y1").est()).isNegative();
        assertThat(r.warnings()).anyMatch(w -> w.contains("Heywood") && w.contains("y1"));
    }

    @Test
    void empiricalUnderIdentificationMakesTheInformationSingular() {
        // two factors with two indicators each and uncorrelated factors: loadings are not identified
        double[][] sigma = {{1.5, 0.5, 0, 0}, {0.5, 1.5, 0, 0}, {0, 0, 1.5, 0.5}, {0, 0, 0.5, 1.5}};
        DataTable data = SemPropertiesTest.withCovariance(sigma, 200, 2, Y4);
        SemResult r = Sem.fit("f1 =~ y1 + y2\nf2 =~ y3 + y4", data, SemOptions.cfa());
        assertThat(r.warnings()).anyMatch(w -> w.contains("information matrix is singular"));
        assertThat(r.parameter("f1", "=~", "y2").se()).isNaN();
    }

    @Test
    void tooManyParametersIsReported() {
        double[][] sigma = {{1.5, 0.5}, {0.5, 1.5}};
        DataTable data = SemPropertiesTest.withCovariance(sigma, 100, 3, List.of("y1", "y2"));
        SemResult r = Sem.fit("f =~ y1 + y2", data, SemOptions.cfa());
        assertThat(r.fit().get("df")).isEqualTo(-1.0);
        assertThat(r.warnings()).anyMatch(w -> w.contains("not identified"));
    }

    @Test
    void nonPositiveDefiniteSampleCovarianceIsReported() {
        double[][] sigma = {{1, 0.4, 0.3}, {0.4, 1, 0.2}, {0.3, 0.2, 1}};
        DataTable base = SemPropertiesTest.withCovariance(sigma, 100, 4, List.of("y1", "y2", "y3"));
        double[] y4 = new double[100];
        for (int i = 0; i < 100; i++) {
            y4[i] = base.column("y1")[i] + base.column("y2")[i];
        }
        DataTable data = DataTable.ofColumns(Y4, new double[][] {base.column("y1"), base.column("y2"), base.column("y3"), y4});
        SemResult r = Sem.fit("f =~ y1 + y2 + y3 + y4", data, SemOptions.cfa());
        assertThat(r.warnings()).anyMatch(w -> w.contains("sample covariance matrix is not positive definite"));
    }

    @Test
    void textInAModelVariableIsAnError() throws Exception {
        DataTable data = DataTable.readCsv(new java.io.StringReader("x,y\n1,2\n2,4\nthree,5\n4,7\n5,9\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sem.fit("y ~ x", data, SemOptions.defaults()))
                .isInstanceOf(org.familyties.stats.data.DataException.class)
                .hasMessageContaining("'x' is not numeric");
    }

    @Test
    void optimiserReportsNonConvergence() throws Exception {
        DataTable data = LavaanReference.data("PoliticalDemocracy.csv");
        ParameterTable table = ModelBuilder.build(ModelParser.parse(LavaanReference.model("B_PD_sem")), data.names(), 1,
                SemOptions.defaults(), false);
        int p = table.observed().size();
        double[] rows = new double[data.rowCount() * p];
        for (int i = 0; i < p; i++) {
            double[] col = data.column(table.observed().get(i));
            for (int r = 0; r < col.length; r++) {
                rows[r * p + i] = col[r];
            }
        }
        double[][] mc = SampleMoments.meanAndCov(rows, data.rowCount(), p);
        StartValues.fill(table, java.util.Collections.singletonList(mc), false);
        RamModel ram = new RamModel(table);
        double[] start = new double[table.freeCount()];
        table.rows().stream().filter(x -> x.isFree()).forEach(x -> start[x.free() - 1] = x.start());
        MlObjective objective = new MlObjective(ram, List.of(new Block(0, java.util.stream.IntStream.range(0, p).toArray(),
                data.rowCount(), mc[0], mc[1])));
        assertThat(new FisherScoring(2, 1e-9).minimise(objective, start).converged()).isFalse();
        assertThat(new FisherScoring().minimise(objective, start).converged()).isTrue();
    }
}
