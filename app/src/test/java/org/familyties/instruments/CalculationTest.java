package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calc fields against values worked out by hand. */
class CalculationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    /** a = 1, b = 3, c blank, r refused, w = 70, h = 1.75, cb ticks 2, dob 2000-01-01, visit 2010-01-01. */
    private static final Responses RECORD = Responses.of(Map.of(
            "a", Answer.of("1"), "b", Answer.of("3"), "r", Answer.missing(MissingCode.REFUSED),
            "w", Answer.of("70"), "h", Answer.of("1.75"), "cb", Answer.ticked("2"),
            "dob", Answer.of("2000-01-01"), "visit", Answer.of("2010-01-01"), "name", Answer.of("Sam")));

    private static String calc(String formula) {
        return Calculation.parse(formula).evaluate(RECORD, TODAY);
    }

    @Test
    void arithmeticFollowsTheUsualPrecedence() {
        assertThat(calc("[a] + [b] * 2")).isEqualTo("7");
        assertThat(calc("([a] + [b]) / 4")).isEqualTo("1");
        assertThat(calc("-[a] + 5")).isEqualTo("4");
        assertThat(calc("[b]-1")).isEqualTo("2");
        assertThat(calc("2 ^ 3 ^ 2")).isEqualTo("512");
        assertThat(calc("10 / 4")).isEqualTo("2.5");
    }

    @Test
    void bodyMassIndexIsRoundedAsAsked() {
        // 70 / 1.75^2 = 70 / 3.0625 = 22.857142857...
        assertThat(calc("[w] / ([h] ^ 2)")).isEqualTo("22.8571428571");
        assertThat(calc("round([w] / ([h] ^ 2), 1)")).isEqualTo("22.9");
        assertThat(calc("round(2.5)")).isEqualTo("3");
        assertThat(calc("roundup(2.21, 1)")).isEqualTo("2.3");
        assertThat(calc("roundup(-2.21, 1)")).isEqualTo("-2.3");
        assertThat(calc("rounddown(2.29, 1)")).isEqualTo("2.2");
        assertThat(calc("abs(-2.5)")).isEqualTo("2.5");
        assertThat(calc("sqrt(16)")).isEqualTo("4");
    }

    @Test
    void aBlankOrMissingInputMakesTheResultBlankExceptInAggregates() {
        assertThat(calc("[a] + [c]")).isEmpty();
        assertThat(calc("[a] + [r]")).isEmpty();
        assertThat(calc("round([c], 1)")).isEmpty();
        assertThat(calc("sum([a], [b], [c], [r])")).isEqualTo("4");
        assertThat(calc("mean([a], [b], [c])")).isEqualTo("2");
        assertThat(calc("min(3, [a], 2)")).isEqualTo("1");
        assertThat(calc("max(3, [a], [c])")).isEqualTo("3");
        assertThat(calc("mean([c], [r])")).isEmpty();
        assertThat(calc("[a] / 0")).isEmpty();
        assertThat(calc("sqrt(-1)")).isEmpty();
    }

    @Test
    void ifUsesTheComparisonsOfBranchingLogic() {
        assertThat(calc("if([a] > 0 and [b] = 3, 10, 20)")).isEqualTo("10");
        assertThat(calc("if([a] > 0 and not([b] = 3), 10, 20)")).isEqualTo("20");
        assertThat(calc("if([c] > 0, 1, 0)")).isEqualTo("0");
        assertThat(calc("if([c] = '', 1, 0)")).isEqualTo("1");
        assertThat(calc("if([name] = 'Sam' or [a] <> 1, [a] + [b], 0)")).isEqualTo("4");
    }

    @Test
    void checkboxOptionsCountAsOneOrZero() {
        assertThat(calc("[cb(2)] + [cb(3)]")).isEqualTo("1");
    }

    @Test
    void datediffCountsFromTheFirstDateToTheSecond() {
        // 2020 is a leap year: 31 days of January and 29 of February
        assertThat(calc("datediff('2020-01-01', '2020-03-01', 'd', 'ymd')")).isEqualTo("60");
        assertThat(calc("datediff('2020-03-01', '2020-01-01', 'd', 'ymd')")).isEqualTo("60");
        assertThat(calc("datediff('2020-03-01', '2020-01-01', 'd', 'ymd', true)")).isEqualTo("-60");
        // 3,653 days / 365.2425 = 10.0015...
        assertThat(calc("rounddown(datediff([dob], [visit], 'y', 'ymd'), 0)")).isEqualTo("10");
        assertThat(calc("datediff('2025-12-31', 'today', 'd')")).isEqualTo("1");
        assertThat(calc("datediff([dob], [c], 'y')")).isEmpty();
    }

    @Test
    void aFormulaThatDoesNotParseSaysWhere() {
        assertThatThrownBy(() -> Calculation.parse("[a] +")).isInstanceOf(BranchingLogicException.class)
                .satisfies(e -> assertThat(((BranchingLogicException) e).position()).isEqualTo(6));
        assertThatThrownBy(() -> Calculation.parse("median([a], [b])")).hasMessageContaining("Unknown function 'median'");
        assertThatThrownBy(() -> Calculation.parse("if([a] > 1, 2)")).hasMessageContaining("if takes 3 arguments, not 2");
        assertThatThrownBy(() -> Calculation.parse("([a] + 1")).hasMessageContaining("Expected ')'");
        assertThatThrownBy(() -> Calculation.parse("[a] [b]")).hasMessageContaining("Unexpected '[b]'");
    }

    @Test
    void referencesAreListedForTheDictionaryCheck() {
        assertThat(Calculation.parse("sum([a], [cb(2)]) / [wave_1_arm_1][b]").references())
                .extracting(FieldReference::toString).containsExactly("[a]", "[cb(2)]", "[wave_1_arm_1][b]");
    }

    @Test
    void calcFieldsAreComputedInDictionaryOrderSoOneMayUseAnother() {
        DataDictionary dictionary = new DataDictionary(List.of(
                Field.builder("w", "body", FieldType.TEXT).label("Weight").build(),
                Field.builder("h", "body", FieldType.TEXT).label("Height").build(),
                Field.builder("bmi", "body", FieldType.CALC).label("BMI").calculation("round([w] / ([h] ^ 2), 1)").build(),
                Field.builder("overweight", "body", FieldType.CALC).label("Overweight").calculation("if([bmi] >= 25, 1, 0)")
                        .build()), MissingCode.DEFAULTS);
        CalculatedFields calcs = new CalculatedFields(dictionary);

        Responses computed = calcs.apply(Responses.of(Map.of("w", Answer.of("80"), "h", Answer.of("1.6"))), TODAY);
        // 80 / 2.56 = 31.25
        assertThat(computed.answer("bmi").asText()).isEqualTo("31.3");
        assertThat(computed.answer("overweight").asText()).isEqualTo("1");

        Responses blank = calcs.apply(Responses.of(Map.of("w", Answer.of("80"), "bmi", Answer.of("99"))), TODAY);
        assertThat(blank.answer("bmi").isBlank()).isTrue();
        assertThat(blank.answer("overweight").asText()).isEqualTo("0");
    }
}
