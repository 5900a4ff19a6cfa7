package org.familyties.stats.resilience;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.familyties.stats.cli.Arguments;
import org.familyties.stats.cli.Command;
import org.familyties.stats.cli.UsageException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.Json;
import org.familyties.stats.reduction.TextTables;
import org.familyties.stats.risk.CumulativeIndex;
import org.familyties.stats.risk.Indicator;
import org.familyties.stats.risk.IndexResult;
import org.familyties.stats.risk.IndicatorSpec;
import org.familyties.stats.risk.MissingRule;
import org.familyties.stats.risk.PersonIndex;

/** {@code familyties resilience}: cumulative risk index and resilience by the residual method. */
public final class ResilienceCommand implements Command {

    @Override
    public String name() {
        return "resilience";
    }

    @Override
    public String summary() {
        return "Cumulative risk (and protection) index and resilience as doing better than expected";
    }

    @Override
    public String usage() {
        return """
                Usage: familyties resilience --data FILE.csv --risk SPEC|@FILE --outcome y [--problem-outcome]
                                             [--covariates a,b] [--protect SPEC|@FILE] [--min-present K]
                                             [--missing present|prorate] [--resilient-at 1] [--vulnerable-at -1]
                                             [--family COLUMN] [--id COLUMN] [--format text|json]

                Builds a cumulative risk index by dichotomising each risk indicator, regresses the outcome on
                it (and on covariates) by least squares, and scores each person's resilience as the
                standardised residual: the residual divided by the residuals' standard deviation.

                  --data FILE         CSV file with a header row; empty cells and NA are missing
                  --risk SPEC         risk indicators, comma-separated, or @FILE with one per line (# comments):
                                        [name:]column OP number   OP one of >= > <= < ==   e.g. poverty:income<1
                                        [name:]column OP pNN      NN-th percentile of the sample, e.g. harsh>p75
                                        [name:]column in a|b|c    membership in categories
                  --outcome COLUMN    the outcome
                  --problem-outcome   higher outcome values are worse (e.g. behaviour problems); the score's
                                      sign is flipped so that doing better than expected is always positive
                  --covariates LIST   further predictors, comma-separated
                  --protect SPEC      protective factors, same syntax; their index is reported beside the scores
                  --min-present K     a person needs at least K indicators present (default: all of them);
                                      otherwise the index, and so the resilience score, is missing
                  --missing RULE      with fewer than all indicators present: present (default) counts the
                                      present indicators that fire; prorate scales that count to all
                                      indicators, fired * m / present
                  --resilient-at X    scores >= X are 'resilient' (default 1, i.e. one SD better than expected)
                  --vulnerable-at X   scores <= X are 'vulnerable' (default -1); between is 'expected'
                  --family COLUMN     summarise families: members' mean and minimum score, the SD across
                                      members (agreement) and whether all members share a class
                  --id COLUMN         label persons by this column in the JSON output
                  --format F          text (default) or json (includes every person's index and score)

                Rows with the outcome, the index or a covariate missing get no score.""";
    }

    @Override
    public void run(String[] args, PrintStream out) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("data", "risk", "outcome", "covariates", "protect", "min-present",
                "missing", "resilient-at", "vulnerable-at", "family", "id", "format"), Set.of("problem-outcome"));
        String format = a.choice("format", "text", Set.of("text", "json"));
        List<Indicator> risks = IndicatorSpec.parse(spec(a.required("risk"), "risk"));
        List<Indicator> protect = a.get("protect").map(s -> IndicatorSpec.parse(spec(s, "protect"))).orElse(null);
        String outcome = a.required("outcome");
        MissingRule.Scoring scoring = a.choice("missing", "present", Set.of("present", "prorate")).equals("prorate")
                ? MissingRule.Scoring.PRORATE : MissingRule.Scoring.COUNT_PRESENT;
        MissingRule rule;
        if (a.get("min-present").isPresent()) {
            int k = a.intValue("min-present", 1);
            if (k < 1) {
                throw new UsageException("--min-present must be at least 1");
            }
            rule = new MissingRule(k, scoring);
        } else {
            if (a.get("missing").isPresent()) {
                throw new UsageException("--missing only applies with --min-present");
            }
            rule = MissingRule.allRequired();
        }
        double resilientAt = a.doubleValue("resilient-at", ResilienceOptions.DEFAULT_RESILIENT_AT);
        double vulnerableAt = a.doubleValue("vulnerable-at", ResilienceOptions.DEFAULT_VULNERABLE_AT);
        if (!(vulnerableAt < resilientAt)) {
            throw new UsageException("--vulnerable-at must be below --resilient-at");
        }
        ResilienceOptions options = new ResilienceOptions(a.list("covariates"), a.flag("problem-outcome"), resilientAt,
                vulnerableAt);
        DataTable table = DataTable.readCsv(a.existingFile("data"));
        String family = a.get("family").orElse(null);
        String[] ids = a.get("id").map(table::textColumn).orElse(null);
        if (family != null) {
            table.textColumn(family);
        }
        IndexResult risk = CumulativeIndex.compute(table, risks, rule);
        IndexResult protection = protect == null ? null : CumulativeIndex.compute(table, protect, rule);
        ResilienceResult r = ResidualResilience.fit(table, risk, outcome, options, family);
        if (format.equals("json")) {
            out.println(Json.write(json(r, risk, protection, ids)));
        } else {
            text(out, r, risk, protection);
            if (protection != null) {
                protectionByClass(out, r, protection);
            }
        }
    }

    private static String spec(String value, String option) {
        if (!value.startsWith("@")) {
            return value;
        }
        Path file = Path.of(value.substring(1));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("File not found for --" + option + ": " + file);
        }
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new UsageException("Cannot read --" + option + " file " + file + ": " + e.getMessage());
        }
    }

    private static List<Map<String, Object>> indicators(IndexResult index) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < index.indicators().size(); i++) {
            Indicator ind = index.indicators().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", ind.name());
            m.put("column", ind.column());
            m.put("rule", ind.cutoff().describe());
            m.put("cut", index.cuts().get(i));
            m.put("prevalence", index.prevalence().get(i));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> json(ResilienceResult r, IndexResult risk, IndexResult protection, String[] ids) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("analysis", "resilience");
        json.put("outcome", r.outcome());
        json.put("problemOutcome", r.options().problemOutcome());
        json.put("missingRule", risk.rule().describe(risk.indicators().size()));
        json.put("riskIndicators", indicators(risk));
        if (protection != null) {
            json.put("protectiveIndicators", indicators(protection));
        }
        json.put("n", r.n());
        json.put("rowsDropped", r.rowsDropped());
        List<Map<String, Object>> coefs = new ArrayList<>();
        for (Coefficient c : r.coefficients()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("term", c.term());
            m.put("estimate", c.estimate());
            m.put("standardError", c.standardError());
            coefs.add(m);
        }
        json.put("coefficients", coefs);
        json.put("rSquared", r.rSquared());
        json.put("residualSd", r.residualSd());
        json.put("resilientAt", r.options().resilientAt());
        json.put("vulnerableAt", r.options().vulnerableAt());
        Map<String, Object> counts = new LinkedHashMap<>();
        r.classCounts().forEach((k, v) -> counts.put(k.label(), v));
        json.put("classCounts", counts);
        Map<Integer, PersonResilience> byRow = new TreeMap<>();
        r.persons().forEach(p -> byRow.put(p.row(), p));
        List<Map<String, Object>> persons = new ArrayList<>();
        for (PersonIndex pi : risk.persons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", pi.row() + 1);
            if (ids != null) {
                m.put("id", ids[pi.row()]);
            }
            m.put("riskIndex", pi.index());
            m.put("riskIndicators", pi.fired());
            m.put("missingIndicators", pi.missing());
            if (protection != null) {
                PersonIndex pp = protection.persons().get(pi.row());
                m.put("protectiveIndex", pp.index());
                m.put("protectiveFactors", pp.fired());
            }
            PersonResilience p = byRow.get(pi.row());
            if (p != null) {
                p.family().ifPresent(f -> m.put("family", f));
                m.put("predicted", p.predicted());
                m.put("residual", p.residual());
                m.put("score", p.score());
                m.put("class", p.classification().label());
            } else {
                m.put("score", null);
            }
            persons.add(m);
        }
        json.put("persons", persons);
        if (!r.families().isEmpty()) {
            List<Map<String, Object>> fams = new ArrayList<>();
            for (FamilyResilience f : r.families()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("family", f.family());
                m.put("members", f.members());
                m.put("mean", f.mean());
                m.put("minimum", f.minimum());
                m.put("sd", f.sd());
                m.put("allSameClass", f.allSameClass());
                m.put("sharedClass", f.sharedClass().map(ResilienceClass::label).orElse(null));
                fams.add(m);
            }
            json.put("families", fams);
        }
        return json;
    }

    private static void text(PrintStream out, ResilienceResult r, IndexResult risk, IndexResult protection) {
        out.println("Cumulative risk index (" + risk.rule().describe(risk.indicators().size()) + "):");
        indicatorTable(out, risk);
        Map<Double, Integer> dist = new TreeMap<>();
        int missing = 0;
        for (double v : risk.values()) {
            if (Double.isNaN(v)) {
                missing++;
            } else {
                dist.merge(v, 1, Integer::sum);
            }
        }
        StringBuilder d = new StringBuilder("Distribution:");
        dist.forEach((k, v) -> d.append(' ').append(k == Math.rint(k) ? Long.toString(k.longValue()) : TextTables.num(k))
                .append(": ").append(v).append(','));
        d.setLength(d.length() - 1);
        out.println(d + (missing > 0 ? "; missing: " + missing : ""));
        if (protection != null) {
            out.println();
            out.println("Protective index:");
            indicatorTable(out, protection);
        }
        out.println();
        out.printf(Locale.ROOT, "OLS of %s on the risk index%s, n = %d (%d rows left out), R-squared = %.4f%n", r.outcome(),
                r.options().covariates().isEmpty() ? "" : " and " + String.join(", ", r.options().covariates()), r.n(),
                r.rowsDropped(), r.rSquared());
        List<List<String>> rows = new ArrayList<>();
        for (Coefficient c : r.coefficients()) {
            rows.add(List.of(c.term(), String.format(Locale.ROOT, "%.4f", c.estimate()),
                    String.format(Locale.ROOT, "%.4f", c.standardError())));
        }
        TextTables.rows(out, List.of("term", "estimate", "std. error"), rows);
        out.println();
        out.printf(Locale.ROOT, "Resilience score: standardised residual%s; resilient >= %s, vulnerable <= %s%n",
                r.options().problemOutcome() ? ", sign flipped for a problem outcome" : "",
                TextTables.num(r.options().resilientAt()), TextTables.num(r.options().vulnerableAt()));
        Map<ResilienceClass, Integer> counts = r.classCounts();
        out.printf("resilient: %d, expected: %d, vulnerable: %d%n", counts.get(ResilienceClass.RESILIENT),
                counts.get(ResilienceClass.EXPECTED), counts.get(ResilienceClass.VULNERABLE));
        if (!r.families().isEmpty()) {
            out.println();
            out.println("Families:");
            List<List<String>> fam = new ArrayList<>();
            for (FamilyResilience f : r.families()) {
                fam.add(List.of(f.family(), Integer.toString(f.members()), TextTables.num(f.mean()), TextTables.num(f.minimum()),
                        TextTables.num(f.sd()), f.sharedClass().map(ResilienceClass::label).orElse("mixed")));
            }
            TextTables.rows(out, List.of("family", "members", "mean", "minimum", "sd", "class"), fam);
        }
    }

    private static void protectionByClass(PrintStream out, ResilienceResult r, IndexResult protection) {
        StringBuilder sb = new StringBuilder("Mean protective index by class:");
        for (ResilienceClass c : ResilienceClass.values()) {
            double sum = 0;
            int n = 0;
            for (PersonResilience p : r.persons()) {
                double v = protection.persons().get(p.row()).index();
                if (p.classification() == c && !Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            sb.append(' ').append(c.label()).append(' ').append(n == 0 ? "NA" : TextTables.num(sum / n)).append(',');
        }
        sb.setLength(sb.length() - 1);
        out.println(sb);
    }

    private static void indicatorTable(PrintStream out, IndexResult index) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < index.indicators().size(); i++) {
            Indicator ind = index.indicators().get(i);
            String cut = Double.isNaN(index.cuts().get(i)) ? "" : TextTables.num(index.cuts().get(i));
            rows.add(List.of(ind.name(), ind.column() + " " + ind.cutoff().describe(), cut,
                    TextTables.num(index.prevalence().get(i))));
        }
        TextTables.rows(out, List.of("indicator", "rule", "cut", "prevalence"), rows);
    }
}
