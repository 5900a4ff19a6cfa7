package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Written under a German default locale, where a locale-dependent format would write "0,7500" or "1.000". */
class RetentionCsvTest {

    private Locale saved;

    @BeforeEach
    void germanLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void retentionRowsReadBackCellByCell() throws IOException {
        StringBuilder out = new StringBuilder();
        RetentionCsv.writeRows(RetentionMetrics.byWaveAndRole(RetentionMetricsTest.cohort()), out);

        List<CSVRecord> records = parse(out);
        assertThat(records).hasSize(7);
        CSVRecord child = records.get(0);
        assertThat(child.get("wave")).isEqualTo("Baseline");
        assertThat(child.get("role")).isEqualTo("child");
        assertThat(child.get("eligible")).isEqualTo("4");
        assertThat(child.get("retention_rate")).isEqualTo("0.7500");
        assertThat(child.get("retention_lower95")).isEqualTo("0.3006");
        assertThat(child.get("retention_upper95")).isEqualTo("0.9544");
        assertThat(child.get("attempts_q1")).isEqualTo("2.50");
        assertThat(child.get("attempts_mean")).isEqualTo("4.67");
        assertThat(records.get(1).get("days_to_interview_q3")).isEqualTo("35.00");
        assertThat(records.get(2).get("role")).isEqualTo("all");
    }

    @Test
    void largeNumbersHaveNoGrouping() throws IOException {
        WaveParticipation late = new WaveParticipation("F1-1", "F1", "mother", 1, "Baseline, first", WaveOutcome.COMPLETED,
                true, true, 1, RetentionMetricsTest.OPENS, RetentionMetricsTest.OPENS.plusDays(1500));
        StringBuilder out = new StringBuilder();
        RetentionCsv.writeRows(RetentionMetrics.byWaveAndRole(List.of(late)), out);

        CSVRecord row = parse(out).get(0);
        assertThat(row.get("wave")).isEqualTo("Baseline, first");
        assertThat(row.get("days_to_interview_max")).isEqualTo("1500.00");
    }

    @Test
    void familySetsReadBack() throws IOException {
        StringBuilder out = new StringBuilder();
        RetentionCsv.writeFamilySets(RetentionMetrics.familySets(RetentionMetricsTest.cohort()), out);

        List<CSVRecord> records = parse(out);
        assertThat(records.get(1).toList()).containsExactly("2", "Follow-up", "2", "1", "1", "0", "0");
    }

    @Test
    void attritionReadsBackWithUndefinedValuesAsNa() throws IOException {
        StringBuilder out = new StringBuilder();
        RetentionCsv.writeAttrition(AttritionAnalysis.compare(AttritionAnalysisTest.ages()), out);

        CSVRecord age = parse(out).get(0);
        assertThat(age.get("kind")).isEqualTo("numeric");
        assertThat(age.get("characteristic")).isEqualTo("age");
        assertThat(age.get("mean_or_proportion_retained")).isEqualTo("33.20");
        assertThat(age.get("sd_retained")).isEqualTo("4.66");
        assertThat(age.get("welch_t")).isEqualTo("2.4723");
        assertThat(age.get("df")).isEqualTo("6.9859");
        assertThat(age.get("p_value")).isEqualTo("0.042756");
        assertThat(age.get("smd")).isEqualTo("1.6393");

        StringBuilder single = new StringBuilder();
        RetentionCsv.writeAttrition(AttritionAnalysis.compare(List.of(
                new BaselineProfile("R1", "mother", true, java.util.Map.of("age", 30.0), java.util.Map.of("sex", "f")),
                new BaselineProfile("L1", "mother", false, java.util.Map.of("age", 20.0), java.util.Map.of("sex", "m")))),
                single);
        List<CSVRecord> records = parse(single);
        assertThat(records.get(0).get("sd_retained")).isEqualTo("NA");
        assertThat(records.get(0).get("p_value")).isEqualTo("NA");
        assertThat(records.get(1).get("level")).isEqualTo("f");
        assertThat(records.get(1).get("df")).isEqualTo("1");
        assertThat(records.get(1).get("small_expected_counts")).isEqualTo("true");
    }

    private static List<CSVRecord> parse(CharSequence csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
    }
}
