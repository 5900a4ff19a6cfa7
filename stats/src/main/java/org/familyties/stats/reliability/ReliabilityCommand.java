package org.familyties.stats.reliability;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.familyties.stats.cli.Arguments;
import org.familyties.stats.cli.Command;
import org.familyties.stats.cli.UsageException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.Json;
import org.familyties.stats.reduction.TextTables;

/** {@code familyties reliability}: Cronbach's alpha and McDonald's omega of a scale. */
public final class ReliabilityCommand implements Command {

    @Override
    public String name() {
        return "reliability";
    }

    @Override
    public String summary() {
        return "Scale reliability: Cronbach's alpha, alpha if item deleted, item-rest correlations, omega";
    }

    @Override
    public String usage() {
        return """
                Usage: familyties reliability --data FILE.csv --items a,b,c [--format text|json]

                Internal consistency of the scale formed by the named items, on the rows where every item is
                present (the number used is reported).

                  --data FILE      CSV file with a header row; empty cells and NA are missing
                  --items LIST     comma-separated column names, at least two
                  --format F       text (default) or json

                Reported: Cronbach's alpha from the covariances (raw) and from the correlations (standardised),
                alpha if each item is deleted, each item's correlation with the sum of the other items, and
                McDonald's omega total (sum of loadings)^2 / ((sum of loadings)^2 + sum of residual variances)
                from a one-factor maximum likelihood model (at least three items).""";
    }

    @Override
    public void run(String[] args, PrintStream out) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("data", "items", "format"), Set.of());
        List<String> items = a.list("items");
        if (items.size() < 2) {
            throw new UsageException("--items needs at least two column names");
        }
        String format = a.choice("format", "text", Set.of("text", "json"));
        ReliabilityResult r = ScaleReliability.analyse(DataTable.readCsv(a.existingFile("data")), items);
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("analysis", "reliability");
            json.put("items", r.items());
            json.put("n", r.n());
            json.put("rowsDropped", r.rowsDropped());
            json.put("alpha", r.alpha());
            json.put("standardizedAlpha", r.standardizedAlpha());
            json.put("meanInterItemCorrelation", r.meanInterItemCorrelation());
            json.put("omegaTotal", r.omegaTotal());
            List<Map<String, Object>> stats = new ArrayList<>();
            for (ItemStatistics s : r.itemStatistics()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item", s.item());
                m.put("mean", s.mean());
                m.put("sd", s.sd());
                m.put("alphaIfDeleted", s.alphaIfDeleted());
                m.put("correctedItemTotal", s.correctedItemTotal());
                m.put("loading", s.loading());
                stats.add(m);
            }
            json.put("itemStatistics", stats);
            out.println(Json.write(json));
            return;
        }
        out.printf(Locale.ROOT, "Reliability of %d items, n = %d (%d rows with a missing item left out)%n", r.items().size(),
                r.n(), r.rowsDropped());
        out.printf(Locale.ROOT, "Cronbach's alpha = %.3f, standardised alpha = %.3f, mean inter-item r = %.3f%n", r.alpha(),
                r.standardizedAlpha(), r.meanInterItemCorrelation());
        out.printf(Locale.ROOT, "McDonald's omega total = %s%n", TextTables.num(r.omegaTotal()));
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (ItemStatistics s : r.itemStatistics()) {
            rows.add(List.of(s.item(), TextTables.num(s.mean()), TextTables.num(s.sd()), TextTables.num(s.alphaIfDeleted()),
                    TextTables.num(s.correctedItemTotal()), TextTables.num(s.loading())));
        }
        TextTables.rows(out, List.of("item", "mean", "sd", "alpha if deleted", "item-rest r", "loading"), rows);
    }
}
