package org.familyties.stats.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyties.stats.data.DataException;

/**
 * Parses indicator definitions, one per comma-separated entry or per line of a spec file ({@code #} starts a
 * comment):
 *
 * <pre>
 * [name:]column OP number      e.g.  poverty:income_to_poverty &lt; 1
 * [name:]column OP pNN         e.g.  harsh_parenting &gt; p75      (NN-th percentile of the sample)
 * [name:]column in a|b|c       e.g.  housing in temporary|homeless
 * </pre>
 *
 * OP is one of {@code >=, >, <=, <, ==}. Without a name the indicator is named after its column.
 */
public final class IndicatorSpec {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern COMPARISON = Pattern.compile("(.+?)\\s*(>=|<=|==|>|<)\\s*(\\S+)");
    private static final Pattern MEMBERSHIP = Pattern.compile("(.+?)\\s+in\\s+(.+)");
    private static final Pattern PERCENTILE = Pattern.compile("[pP](\\d+(?:\\.\\d+)?)");

    private IndicatorSpec() {
    }

    /** Entries separated by commas or new lines. */
    public static List<Indicator> parse(String spec) {
        List<Indicator> list = new ArrayList<>();
        for (String line : spec.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String entry : content.split(",")) {
                if (!entry.isBlank()) {
                    list.add(parseOne(entry.trim()));
                }
            }
        }
        if (list.isEmpty()) {
            throw new DataException("No indicators in '" + spec.strip() + "'");
        }
        return list;
    }

    public static Indicator parseOne(String entry) {
        String name = null;
        String rest = entry;
        int colon = entry.indexOf(':');
        if (colon > 0) {
            name = entry.substring(0, colon).trim();
            rest = entry.substring(colon + 1).trim();
            if (!NAME.matcher(name).matches()) {
                throw new DataException("Indicator name '" + name + "' must be letters, digits, _ or .");
            }
        }
        Matcher member = MEMBERSHIP.matcher(rest);
        if (member.matches()) {
            String column = member.group(1).trim();
            Set<String> cats = new LinkedHashSet<>();
            Arrays.stream(member.group(2).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).forEach(cats::add);
            if (cats.isEmpty()) {
                throw new DataException("Indicator '" + entry + "' lists no categories after 'in'");
            }
            return new Indicator(name == null ? column : name, column, new Cutoff.Categories(cats));
        }
        Matcher cmp = COMPARISON.matcher(rest);
        if (!cmp.matches()) {
            throw new DataException("Cannot read indicator '" + entry
                    + "'; write column>=value, column>pNN (percentile) or column in a|b");
        }
        String column = cmp.group(1).trim();
        if (column.matches(".*[<>=!].*")) {
            throw new DataException("Cannot read indicator '" + entry + "'; comparisons are >=, >, <=, < and ==");
        }
        Operator op = Operator.ofSymbol(cmp.group(2));
        String value = cmp.group(3);
        String indicatorName = name == null ? column : name;
        Matcher pct = PERCENTILE.matcher(value);
        if (pct.matches()) {
            double percent = Double.parseDouble(pct.group(1));
            if (percent > 100) {
                throw new DataException("Indicator '" + entry + "': a percentile lies between 0 and 100");
            }
            return new Indicator(indicatorName, column, new Cutoff.Percentile(op, percent));
        }
        try {
            return new Indicator(indicatorName, column, new Cutoff.Value(op, Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            throw new DataException("Indicator '" + entry + "': '" + value + "' is not a number or a percentile like p75");
        }
    }
}
