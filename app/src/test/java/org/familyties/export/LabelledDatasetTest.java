package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LabelledDatasetTest {

    @Test
    void namesMustSuitEveryTargetFormat() {
        assertThatThrownBy(() -> Variable.numeric("1st").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("with space").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("a".repeat(33)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("BY").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("double").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("str12").build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(Variable.numeric("strength").build().name()).isEqualTo("strength");
        assertThat(Variable.numeric("a".repeat(32)).build().name()).hasSize(32);
    }

    @Test
    void namesClashCaseInsensitively() {
        assertThatThrownBy(() -> LabelledDataset.builder("d").add(Variable.numeric("Age")).add(Variable.numeric("AGE")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAndMissingCodesRespectFormatLimits() {
        assertThatThrownBy(() -> Variable.numeric("x").missing(-1, "a").missing(-2, "b").missing(-3, "c")
                .missing(-4, "d").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("x").label("l".repeat(81)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.numeric("x").value(1, "v".repeat(121)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.string("s", 10).value(1, "one").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variable.string("s", 2046).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numericWidthGrowsToShowEveryCode() {
        assertThat(Variable.numeric("x").width(1).missing(-99, "Missing").build().width()).isEqualTo(3);
    }

    @Test
    void rowsAreValidatedAndNormalised() {
        LabelledDataset.Builder b = LabelledDataset.builder("d").add(Variable.numeric("n"))
                .add(Variable.string("s", 3)).add(Variable.date("when"));
        LabelledDataset d = b.row(1, null, null).row(Double.NaN, "abc", LocalDate.of(2025, 1, 1)).row(-0.0, "", null).build();
        assertThat(d.value(0, 0)).isEqualTo(1.0);
        assertThat(d.string(0, 1)).isEmpty();
        assertThat(d.number(1, 0)).isNaN();
        assertThat(d.value(2, 0)).isEqualTo(0.0);
        assertThatThrownBy(() -> b.row(1.0, "abcd", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.row("x", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.row(1.0, "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.row(1.0, "a", "2025-01-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryCountsValidMissingAndStatistics() {
        VariableSummary s = VariableSummary.of(SampleData.survey(), "visits");
        assertThat(s.valid()).isEqualTo(4);
        assertThat(s.userMissing()).isEqualTo(1);
        assertThat(s.systemMissing()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(4.5);
        assertThat(s.min()).isEqualTo(0.0);
        assertThat(s.max()).isEqualTo(12.0);
        assertThat(s.frequencies()).containsEntry(-9.0, 1L).containsEntry(4.0, 1L);
    }
}
