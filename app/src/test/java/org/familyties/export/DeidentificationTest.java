package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeidentificationTest {

    private static final byte[] SECRET = "a study secret of enough length".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "another secret of enough length".getBytes(StandardCharsets.UTF_8);

    @Test
    void dateShiftIsConsistentPerParticipantNonZeroAndWithinRange() {
        DateShift shift = new DateShift(SECRET, 30);
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int o = shift.offsetDays("P" + i);
            assertThat(o).isBetween(-30, 30).isNotZero();
            assertThat(shift.offsetDays("P" + i)).isEqualTo(o);
            offsets.add(o);
        }
        assertThat(offsets).hasSize(60);
        assertThat(new DateShift(OTHER, 30).offsetDays("P1")).isNotEqualTo(shift.offsetDays("P1"))
                .as("a different secret should give a different offset for this pseudonym");
    }

    @Test
    void shiftingADataSetKeepsIntervalsWithinAParticipant() {
        LabelledDataset data = LabelledDataset.builder("d")
                .add(Variable.string("pseudonym", 10)).add(Variable.date("start")).add(Variable.date("end"))
                .row("P1", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1))
                .row("P2", LocalDate.of(2025, 1, 10), null)
                .build();
        DateShift shift = new DateShift(SECRET, 100);
        LabelledDataset shifted = shift.apply(data, "pseudonym", "start", "end");
        assertThat(shifted.date(0, 1)).isEqualTo(LocalDate.of(2025, 1, 10).plusDays(shift.offsetDays("P1")));
        assertThat(ChronoUnit.DAYS.between(shifted.date(0, 1), shifted.date(0, 2))).isEqualTo(50);
        assertThat(shifted.date(1, 2)).isNull();
        assertThat(shifted.date(1, 1)).isNotEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void rekeyingIsStableKeyedAndReplacesTheIdColumn() {
        IdRekeying rekey = new IdRekeying(SECRET);
        assertThat(rekey.rekey("FT-0001")).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(rekey.rekey("FT-0001"))
                .isNotEqualTo(rekey.rekey("FT-0002")).isNotEqualTo(new IdRekeying(OTHER).rekey("FT-0001"));
        LabelledDataset data = LabelledDataset.builder("d").add(Variable.numeric("pid").label("Participant"))
                .row(101.0).row(102.0).row(101.0).build();
        LabelledDataset keyed = rekey.apply(data, "pid");
        assertThat(keyed.variable("pid").kind()).isEqualTo(VariableKind.STRING);
        assertThat(keyed.variable("pid").label()).isEqualTo("Participant");
        assertThat(keyed.string(0, 0)).isEqualTo(rekey.rekey("101")).isEqualTo(keyed.string(2, 0));
        assertThat(keyed.string(1, 0)).isNotEqualTo(keyed.string(0, 0));
    }

    @Test
    void shortSecretsAreRejected() {
        assertThatThrownBy(() -> new IdRekeying("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesReduceToYearOrYearMonth() {
        LabelledDataset data = LabelledDataset.builder("d").add(Variable.date("dob").label("Date of birth"))
                .row(LocalDate.of(1990, 7, 15)).row((Object) null).build();
        LabelledDataset years = Coarsening.toYear(data, "dob");
        assertThat(years.variable("dob").kind()).isEqualTo(VariableKind.NUMERIC);
        assertThat(years.number(0, 0)).isEqualTo(1990.0);
        assertThat(years.number(1, 0)).isNaN();
        LabelledDataset months = Coarsening.toYearMonth(data, "dob");
        assertThat(months.string(0, 0)).isEqualTo("1990-07");
        assertThat(months.variable("dob").label()).isEqualTo("Date of birth");
    }

    @Test
    void topCodingCapsValidValuesButNotMissingCodes() {
        LabelledDataset.Builder b = LabelledDataset.builder("d")
                .add(Variable.numeric("income").missing(99999, "Refused"));
        for (int i = 1; i <= 100; i++) {
            b.row((double) i * 1000);
        }
        b.row(99999.0).row((Object) null);
        LabelledDataset data = b.build();

        Coarsening.TopCoded p95 = Coarsening.topCodeAtPercentile(data, "income", 95);
        assertThat(p95.cap()).isEqualTo(95000.0);
        assertThat(p95.valuesChanged()).isEqualTo(5);
        assertThat(p95.data().number(99, 0)).isEqualTo(95000.0);
        assertThat(p95.data().number(100, 0)).isEqualTo(99999.0);
        assertThat(p95.data().number(101, 0)).isNaN();

        Coarsening.TopCoded fixed = Coarsening.topCodeAt(data, "income", 50000);
        assertThat(fixed.valuesChanged()).isEqualTo(50);
        assertThat(fixed.data().number(49, 0)).isEqualTo(50000.0);
    }
}
