package org.familyties.stats.reduction;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.stats.cli.Arguments;
import org.familyties.stats.cli.Command;
import org.familyties.stats.cli.UsageException;
import org.familyties.stats.data.DataTable;

/** {@code familyties efa}: exploratory factor analysis, optionally with parallel analysis. */
public final class EfaCommand implements Command {

    @Override
    public String name() {
        return "efa";
    }

    @Override
    public String summary() {
        return "Exploratory factor analysis (ML or minres; varimax, promax, oblimin) with parallel analysis";
    }

    @Override
    public String usage() {
        return """
                Usage: familyties efa --data FILE.csv --vars a,b,c [--factors K] [--method ml|minres]
                                      [--rotation varimax|promax|oblimin|none] [--parallel N [--seed S]]
                                      [--format text|json]

                Exploratory factor analysis of the correlation matrix of the named columns; rows with any of
                them missing are left out.

                  --data FILE      CSV file with a header row; empty cells and NA are missing
                  --vars LIST      comma-separated column names, at least three
                  --factors K      number of factors; without it, the number suggested by parallel analysis
                                   when --parallel is given, otherwise the number of correlation-matrix
                                   eigenvalues above 1 (at least 1)
                  --method M       ml (default; maximum likelihood as R's factanal, with a chi-square test)
                                   or minres (minimum residual as psych's fa)
                  --rotation R     varimax (default; orthogonal, Kaiser-normalised), promax (oblique, power 4),
                                   oblimin (oblique, gamma 0) or none; oblique rotations report factor
                                   correlations
                  --parallel N     also run Horn's parallel analysis with N random normal data sets of the same
                                   size; a factor is suggested while the observed eigenvalue of the reduced
                                   correlation matrix exceeds the 95th percentile of the random ones
                  --seed S         seed of the random data (default 1)
                  --format F       text (default) or json

                The chi-square statistic is (n - 1 - (2p + 5)/6 - 2K/3) times the ML discrepancy of the model
                (Bartlett's correction), on ((p - K)^2 - p - K)/2 degrees of freedom.""";
    }

    @Override
    public void run(String[] args, PrintStream out) throws Exception {
        Arguments a = Arguments.parse(args,
                Set.of("data", "vars", "factors", "method", "rotation", "parallel", "seed", "format"), Set.of());
        List<String> vars = a.list("vars");
        if (vars.size() < 3) {
            throw new UsageException("--vars needs at least three column names");
        }
        ExtractionMethod method = ExtractionMethod.parse(a.choice("method", "ml", Set.of("ml", "minres")));
        Rotation rotation = Rotation.parse(a.choice("rotation", "varimax", Set.of("varimax", "promax", "oblimin", "none")));
        String format = a.choice("format", "text", Set.of("text", "json"));
        int iterations = a.intValue("parallel", 0);
        if (a.get("parallel").isPresent() && iterations < 1) {
            throw new UsageException("--parallel must be at least 1");
        }
        if (a.get("seed").isPresent() && iterations == 0) {
            throw new UsageException("--seed only applies with --parallel");
        }
        long seed = a.intValue("seed", 1);
        DataTable table = DataTable.readCsv(a.existingFile("data"));
        ParallelResult parallel = iterations > 0 ? ParallelAnalysis.factors(table, vars, iterations, seed) : null;
        int factors;
        if (a.get("factors").isPresent()) {
            factors = a.intValue("factors", 1);
            if (factors < 1) {
                throw new UsageException("--factors must be at least 1");
            }
        } else if (parallel != null) {
            factors = Math.max(1, parallel.suggested());
        } else {
            factors = Math.max(1, PrincipalComponents.fit(table, vars).kaiserCount());
        }
        EfaResult r = FactorAnalysis.fit(table, vars, factors, method, rotation);
        if (format.equals("json")) {
            out.println(Json.write(json(r, parallel)));
        } else {
            text(out, r, parallel);
        }
    }

    private static Map<String, Object> json(EfaResult r, ParallelResult parallel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("analysis", "efa");
        json.put("method", r.method().label());
        json.put("rotation", r.rotation().label());
        json.put("factors", r.factors());
        json.put("n", r.n());
        json.put("rowsDropped", r.rowsDropped());
        json.put("variables", r.variables());
        json.put("loadings", Json.matrix(r.loadings()));
        json.put("ssLoadings", r.ssLoadings());
        json.put("factorCorrelations", r.factorCorrelations().map(Json::matrix).orElse(null));
        json.put("structure", r.structure().map(Json::matrix).orElse(null));
        json.put("communalities", r.communalities());
        json.put("uniquenesses", r.uniquenesses());
        json.put("chiSquare", r.chiSquare());
        json.put("df", r.degreesOfFreedom());
        json.put("pValue", r.pValue());
        json.put("converged", r.converged());
        json.put("warnings", r.warnings());
        if (parallel != null) {
            Map<String, Object> pa = new LinkedHashMap<>();
            pa.put("iterations", parallel.iterations());
            pa.put("seed", parallel.seed());
            pa.put("percentile", parallel.percentile());
            pa.put("observed", parallel.observed());
            pa.put("simulatedMean", parallel.simulatedMean());
            pa.put("simulatedPercentile", parallel.simulatedPercentile());
            pa.put("suggestedFactors", parallel.suggested());
            json.put("parallelAnalysis", pa);
        }
        return json;
    }

    private static void text(PrintStream out, EfaResult r, ParallelResult parallel) {
        if (parallel != null) {
            out.printf("Parallel analysis (%d random data sets, seed %d): eigenvalues of the reduced correlation matrix%n",
                    parallel.iterations(), parallel.seed());
            List<List<String>> rows = new ArrayList<>();
            for (int k = 0; k < parallel.p(); k++) {
                rows.add(List.of(Integer.toString(k + 1), TextTables.num(parallel.observed().get(k)),
                        TextTables.num(parallel.simulatedMean().get(k)), TextTables.num(parallel.simulatedPercentile().get(k))));
            }
            TextTables.rows(out, List.of("factor", "observed", "random mean", "random 95%"), rows);
            out.printf("Suggested number of factors: %d%n%n", parallel.suggested());
        }
        out.printf("Exploratory factor analysis: %d factor%s, %s, rotation %s, n = %d (%d rows with missing values left out)%n",
                r.factors(), r.factors() == 1 ? "" : "s", r.method() == ExtractionMethod.ML ? "maximum likelihood"
                        : "minimum residual", r.rotation().label(), r.n(), r.rowsDropped());
        r.warnings().forEach(w -> out.println("Warning: " + w));
        out.println();
        out.println("Loadings:");
        TextTables.matrix(out, r.loadings());
        StringBuilder ss = new StringBuilder("SS loadings:");
        StringBuilder prop = new StringBuilder("Proportion of variance:");
        for (double v : r.ssLoadings()) {
            ss.append(' ').append(TextTables.num(v));
            prop.append(' ').append(TextTables.num(v / r.variables().size()));
        }
        out.println(ss);
        out.println(prop);
        r.factorCorrelations().ifPresent(phi -> {
            out.println();
            out.println("Factor correlations:");
            TextTables.matrix(out, phi);
        });
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            rows.add(List.of(r.variables().get(i), TextTables.num(r.communalities().get(i)), TextTables.num(r.uniquenesses().get(i))));
        }
        TextTables.rows(out, List.of("variable", "communality", "uniqueness"), rows);
        out.println();
        if (Double.isNaN(r.chiSquare())) {
            out.printf("The model has %.0f degrees of freedom, so there is no chi-square test.%n", r.degreesOfFreedom());
        } else {
            out.printf(java.util.Locale.ROOT, "Chi-square = %.3f on %.0f degrees of freedom, p = %.6f%n", r.chiSquare(),
                    r.degreesOfFreedom(), r.pValue());
        }
    }
}
