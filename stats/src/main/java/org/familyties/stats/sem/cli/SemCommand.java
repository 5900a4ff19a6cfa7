package org.familyties.stats.sem.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.familyties.stats.cli.Arguments;
import org.familyties.stats.cli.Command;
import org.familyties.stats.cli.UsageException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.sem.Information;
import org.familyties.stats.sem.MissingData;
import org.familyties.stats.sem.ModelFunction;
import org.familyties.stats.sem.Sem;
import org.familyties.stats.sem.SemJson;
import org.familyties.stats.sem.SemOptions;
import org.familyties.stats.sem.SemReport;
import org.familyties.stats.sem.SemResult;
import org.familyties.stats.sem.syntax.ModelSyntaxException;

/** {@code familyties sem --data FILE.csv --model FILE.lav ...}: fits a structural equation model. */
public final class SemCommand implements Command {

    private static final Set<String> WITH_VALUE = Set.of("data", "model", "function", "missing", "group", "group-equal",
            "bootstrap", "seed", "format", "information");
    private static final Set<String> FLAGS = Set.of("std-lv");

    @Override
    public String name() {
        return "sem";
    }

    @Override
    public String summary() {
        return "Structural equation, path and confirmatory factor models (lavaan syntax, ML)";
    }

    @Override
    public String usage() {
        return """
                Usage: familyties sem --data FILE.csv --model FILE.lav [options]

                Fits a model written in lavaan syntax by maximum likelihood with lavaan's defaults.

                  --data FILE.csv         data with a header row; empty cells and NA are missing
                  --model FILE.lav        the model in lavaan syntax
                  --function F            sem (default), cfa or growth
                  --missing M             listwise (default) or fiml (full-information ML; also "ml")
                  --group COLUMN          fit one model per group (groups in order of first appearance)
                  --group-equal LIST      equal across groups: loadings,intercepts,regressions,means,residuals,
                                          lv.variances,lv.covariances,residual.covariances
                  --std-lv                identify latent variables by fixing their variances to 1
                  --information I         expected or observed information for standard errors
                                          (default: expected, observed under fiml, as lavaan)
                  --bootstrap N           N non-parametric bootstrap draws for standard errors and percentile CIs
                  --seed S                random seed of the bootstrap (default 1)
                  --format F              text (default, like lavaan's summary) or json
                """;
    }

    @Override
    public void run(String[] args, PrintStream out) throws IOException {
        Arguments a = Arguments.parse(args, WITH_VALUE, FLAGS);
        Path dataFile = a.existingFile("data");
        Path modelFile = a.existingFile("model");
        ModelFunction function = ModelFunction.valueOf(
                a.choice("function", "sem", Set.of("sem", "cfa", "growth")).toUpperCase(Locale.ROOT));
        String missing = a.choice("missing", "listwise", Set.of("listwise", "fiml", "ml"));
        String format = a.choice("format", "text", Set.of("text", "json"));
        List<String> equal = a.list("group-equal");
        for (String e : equal) {
            if (!SemOptions.GROUP_EQUAL_KINDS.contains(e)) {
                throw new UsageException("Unknown --group-equal kind '" + e + "'; known: " + String.join(", ", SemOptions.GROUP_EQUAL_KINDS));
            }
        }
        String group = a.get("group").orElse(null);
        if (!equal.isEmpty() && group == null) {
            throw new UsageException("--group-equal needs --group");
        }
        int draws = a.intValue("bootstrap", 0);
        if (draws < 0) {
            throw new UsageException("Option --bootstrap must not be negative");
        }
        long seed = a.intValue("seed", 1);
        SemOptions options = new SemOptions(function, missing.equals("listwise") ? MissingData.LISTWISE : MissingData.FIML,
                group, new LinkedHashSet<>(equal), a.flag("std-lv"), true, draws, seed,
                a.get("information").isEmpty() ? Information.DEFAULT : Information.valueOf(
                        a.choice("information", "expected", Set.of("expected", "observed")).toUpperCase(Locale.ROOT)));
        String model = Files.readString(modelFile, StandardCharsets.UTF_8);
        DataTable data = DataTable.readCsv(dataFile);
        SemResult result;
        try {
            result = Sem.fit(model, data, options);
        } catch (ModelSyntaxException e) {
            throw new UsageException(modelFile.getFileName() + ": " + e.getMessage());
        }
        out.print(format.equals("json") ? SemJson.write(result) + System.lineSeparator() : SemReport.text(result));
    }
}
