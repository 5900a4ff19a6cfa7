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

/** {@code familyties pca}: principal components. */
public final class PcaCommand implements Command {

    @Override
    public String name() {
        return "pca";
    }

    @Override
    public String summary() {
        return "Principal components: eigenvalues, proportion of variance, loadings";
    }

    @Override
    public String usage() {
        return """
                Usage: familyties pca --data FILE.csv --vars a,b,c [--covariance] [--parallel N [--seed S]]
                                      [--format text|json]

                Principal component analysis of the named numeric columns, on their correlation matrix
                (or with --covariance on their covariance matrix). Rows with any of the variables missing
                are left out; the number used is reported.

                  --data FILE      CSV file with a header row; empty cells and NA are missing
                  --vars LIST      comma-separated column names, at least two
                  --covariance     analyse the covariance matrix instead of the correlation matrix
                  --parallel N     also run Horn's parallel analysis with N random normal data sets of the same
                                   size; a component is suggested while its correlation-matrix eigenvalue
                                   exceeds the 95th percentile of the random ones
                  --seed S         seed of the random data (default 1)
                  --format F       text (default) or json

                Loadings are eigenvector times the square root of the eigenvalue; each component's sign is
                chosen so that its loadings sum to a positive number.""";
    }

    @Override
    public void run(String[] args, PrintStream out) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("data", "vars", "format", "parallel", "seed"), Set.of("covariance"));
        List<String> vars = a.list("vars");
        if (vars.size() < 2) {
            throw new UsageException("--vars needs at least two column names");
        }
        String format = a.choice("format", "text", Set.of("text", "json"));
        DataTable table = DataTable.readCsv(a.existingFile("data"));
        PcaResult r = PrincipalComponents.fit(table, vars, !a.flag("covariance"));
        int iterations = a.intValue("parallel", 0);
        if (a.get("parallel").isPresent() && iterations < 1) {
            throw new UsageException("--parallel must be at least 1");
        }
        if (a.get("seed").isPresent() && iterations == 0) {
            throw new UsageException("--seed only applies with --parallel");
        }
        ParallelResult parallel = iterations > 0
                ? ParallelAnalysis.components(table, vars, iterations, a.intValue("seed", 1)) : null;
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("analysis", "pca");
            json.put("matrix", r.correlationMatrix() ? "correlation" : "covariance");
            json.put("n", r.n());
            json.put("rowsDropped", r.rowsDropped());
            json.put("variables", r.variables());
            json.put("eigenvalues", r.eigenvalues());
            json.put("proportion", r.proportion());
            json.put("cumulative", r.cumulative());
            json.put("loadings", Json.matrix(r.loadings()));
            if (parallel != null) {
                Map<String, Object> pa = new LinkedHashMap<>();
                pa.put("iterations", parallel.iterations());
                pa.put("seed", parallel.seed());
                pa.put("percentile", parallel.percentile());
                pa.put("simulatedMean", parallel.simulatedMean());
                pa.put("simulatedPercentile", parallel.simulatedPercentile());
                pa.put("suggestedComponents", parallel.suggested());
                json.put("parallelAnalysis", pa);
            }
            out.println(Json.write(json));
            return;
        }
        out.printf("Principal components of the %s matrix, n = %d (%d rows with missing values left out)%n",
                r.correlationMatrix() ? "correlation" : "covariance", r.n(), r.rowsDropped());
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < r.eigenvalues().size(); k++) {
            List<String> row = new ArrayList<>(List.of("PC" + (k + 1), TextTables.num(r.eigenvalues().get(k)),
                    TextTables.num(r.proportion().get(k)), TextTables.num(r.cumulative().get(k))));
            if (parallel != null) {
                row.add(TextTables.num(parallel.simulatedMean().get(k)));
                row.add(TextTables.num(parallel.simulatedPercentile().get(k)));
            }
            rows.add(row);
        }
        out.println();
        List<String> header = new ArrayList<>(List.of("component", "eigenvalue", "proportion", "cumulative"));
        if (parallel != null) {
            header.add("random mean");
            header.add("random 95%");
        }
        TextTables.rows(out, header, rows);
        out.printf("Eigenvalues above 1: %d%n", r.kaiserCount());
        if (parallel != null) {
            out.printf("Parallel analysis (%d random data sets, seed %d) suggests %d component%s%n", parallel.iterations(),
                    parallel.seed(), parallel.suggested(), parallel.suggested() == 1 ? "" : "s");
        }
        out.println();
        out.println("Loadings:");
        TextTables.matrix(out, r.loadings());
    }
}
