package org.familyties.retention;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Retention tables as CSV (RFC 4180): a header row, then one row per record. Numbers use '.' as the decimal
 * separator and no grouping, with fixed precision: rates, intervals, SMDs, t and df to 4 decimals, means, SDs and
 * quartiles to 2, p-values to 6; an undefined statistic (NaN) is written {@value #MISSING}.
 */
public final class RetentionCsv {

    static final String MISSING = "NA";

    private RetentionCsv() {
    }

    public static void writeRows(List<RetentionRow> rows, Appendable out) throws IOException {
        CSVPrinter csv = printer(out, "wave_order", "wave", "role", "eligible", "located", "contacted",
                "interviewed", "refused", "withdrawn", "lost", "pending", "retention_rate", "retention_lower95",
                "retention_upper95", "attempts_n", "attempts_mean", "attempts_min", "attempts_q1", "attempts_median",
                "attempts_q3", "attempts_max", "days_to_interview_n", "days_to_interview_mean",
                "days_to_interview_min", "days_to_interview_q1", "days_to_interview_median", "days_to_interview_q3",
                "days_to_interview_max");
        for (RetentionRow r : rows) {
            Distribution a = r.attemptsPerInterview();
            Distribution d = r.daysToInterview();
            csv.printRecord(r.waveOrder(), r.waveName(), r.role(), r.eligible(), r.located(), r.contacted(),
                    r.interviewed(), r.refused(), r.withdrawn(), r.lost(), r.pending(),
                    fixed(r.retention().rate(), 4), fixed(r.retention().lower95(), 4),
                    fixed(r.retention().upper95(), 4),
                    a.n(), fixed(a.mean(), 2), fixed(a.min(), 2), fixed(a.q1(), 2), fixed(a.median(), 2),
                    fixed(a.q3(), 2), fixed(a.max(), 2),
                    d.n(), fixed(d.mean(), 2), fixed(d.min(), 2), fixed(d.q1(), 2), fixed(d.median(), 2),
                    fixed(d.q3(), 2), fixed(d.max(), 2));
        }
        csv.flush();
    }

    public static void writeFamilySets(List<FamilySetRow> rows, Appendable out) throws IOException {
        CSVPrinter csv = printer(out, "wave_order", "wave", "families", "complete_sets", "dyads", "singles", "none");
        for (FamilySetRow r : rows) {
            csv.printRecord(r.waveOrder(), r.waveName(), r.families(), r.completeSets(), r.dyads(), r.singles(),
                    r.none());
        }
        csv.flush();
    }

    /**
     * One row per numeric characteristic and per level of a categorical one ({@code kind} numeric or
     * categorical); the chi-square test of a categorical characteristic is repeated on each of its levels' rows.
     */
    public static void writeAttrition(AttritionReport report, Appendable out) throws IOException {
        CSVPrinter csv = printer(out, "kind", "characteristic", "level", "n_retained", "mean_or_proportion_retained",
                "sd_retained", "n_lost", "mean_or_proportion_lost", "sd_lost", "smd", "welch_t", "df", "p_value",
                "chi_square", "small_expected_counts");
        for (NumericComparison n : report.numeric()) {
            csv.printRecord("numeric", n.characteristic(), "", n.nRetained(), fixed(n.meanRetained(), 2),
                    fixed(n.sdRetained(), 2), n.nLost(), fixed(n.meanLost(), 2), fixed(n.sdLost(), 2),
                    fixed(n.smd(), 4), fixed(n.welchT(), 4), fixed(n.df(), 4), fixed(n.pValue(), 6), "", "");
        }
        for (CategoryComparison c : report.categories()) {
            CategoricalTest test = report.tests().stream()
                    .filter(t -> t.characteristic().equals(c.characteristic())).findFirst().orElse(null);
            csv.printRecord("categorical", c.characteristic(), c.level(), c.nRetained(),
                    fixed(c.proportionRetained(), 4), "", c.nLost(), fixed(c.proportionLost(), 4), "",
                    fixed(c.smd(), 4), "", test == null ? "" : test.df(),
                    test == null ? "" : fixed(test.pValue(), 6), test == null ? "" : fixed(test.chiSquare(), 4),
                    test == null ? "" : test.smallExpectedCounts());
        }
        csv.flush();
    }

    private static CSVPrinter printer(Appendable out, String... header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    }

    static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
