package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchingLogicTest {

    private static Responses answers(String... nameValuePairs) {
        Responses responses = Responses.empty();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            responses = responses.with(nameValuePairs[i], Answer.of(nameValuePairs[i + 1]));
        }
        return responses;
    }

    private static boolean holds(String logic, Responses responses) {
        return BranchingLogic.parse(logic).evaluate(responses);
    }

    @Test
    void blankLogicAlwaysShows() {
        assertThat(BranchingLogic.parse("  ").isAlways()).isTrue();
        assertThat(holds("", Responses.empty())).isTrue();
    }

    @Test
    void equalityWithQuotedCode() {
        assertThat(holds("[sex] = '1'", answers("sex", "1"))).isTrue();
        assertThat(holds("[sex] = '1'", answers("sex", "2"))).isFalse();
        assertThat(holds("[sex] = \"2\"", answers("sex", "2"))).isTrue();
        assertThat(holds("[sex]='1'", Responses.empty())).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        String logic = "[a] = '1' or [b] = '1' and [c] = '1'";
        assertThat(holds(logic, answers("a", "1"))).isTrue();
        assertThat(holds(logic, answers("b", "1"))).isFalse();
        assertThat(holds(logic, answers("b", "1", "c", "1"))).isTrue();
        assertThat(holds("([a] = '1' or [b] = '1') and [c] = '1'", answers("a", "1"))).isFalse();
    }

    @Test
    void notAndNotEqualOperators() {
        assertThat(holds("not [a] = '1'", answers("a", "2"))).isTrue();
        assertThat(holds("not ([a] = '1' or [a] = '2')", answers("a", "2"))).isFalse();
        assertThat(holds("[a] <> '1'", answers("a", "2"))).isTrue();
        assertThat(holds("[a] != '2'", answers("a", "2"))).isFalse();
        assertThat(holds("[a] <> '1'", Responses.empty())).isTrue();
        assertThat(holds("[a] = '1' AND [b] = '2' || [c] = '3'", answers("c", "3"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "[age] > 3, 4, true",
            "[age] > 3, 3, false",
            "[age] >= 3, 3, true",
            "[age] <= 3, 3, true",
            "[age] < 3, 2.5, true",
            // numeric, not textual: "10" > "9" though "10" < "9" as text
            "[age] > 9, 10, true",
            "[age] > '9', 10, true",
            "[age] = 10, 10.0, true",
            "[age] > -1, 0, true",
            // a blank is never greater or less than anything
            "[age] > -1, '', false",
            "[age] < 3, '', false",
            "[age] <= 3, '', false",
            "[age] = '', '', true",
            "[age] = '', 4, false",
            "[age] <> '', 4, true",
            // text compared as text when either side is not a number
            "[name] = 'Sam', Sam, true",
            "[name] = 'sam', Sam, false",
            "[visit] > '2024-01-01', 2024-03-05, true",
    })
    void comparisons(String logic, String value, boolean expected) {
        String field = logic.substring(1, logic.indexOf(']'));
        assertThat(holds(logic, answers(field, value))).isEqualTo(expected);
    }

    @Test
    void checkboxOptions() {
        Responses ticked = Responses.empty().with("cb", Answer.ticked("2", "4"));
        assertThat(holds("[cb(2)] = '1'", ticked)).isTrue();
        assertThat(holds("[cb(3)] = '1'", ticked)).isFalse();
        assertThat(holds("[cb(3)] = '0'", ticked)).isTrue();
        assertThat(holds("[cb(2)] = 1 and [cb(4)] = 1", ticked)).isTrue();
        assertThat(holds("[cb(1)] = '1'", Responses.empty())).isFalse();
    }

    @Test
    void missingCodeComparesAsItsCodeAndIsNotBlank() {
        Responses refused = Responses.empty().with("age", Answer.missing(MissingCode.REFUSED));
        assertThat(holds("[age] = ''", refused)).isFalse();
        assertThat(holds("[age] = '-7'", refused)).isTrue();
        assertThat(holds("[age] > 16", refused)).isFalse();
    }

    @Test
    void eventPrefixIsTolerated() {
        BranchingLogic logic = BranchingLogic.parse("[wave_1_arm_1][consent] = '1'");
        assertThat(logic.evaluate(answers("consent", "1"))).isTrue();
        assertThat(logic.references()).singleElement()
                .satisfies(r -> {
                    assertThat(r.event()).isEqualTo("wave_1_arm_1");
                    assertThat(r.field()).isEqualTo("consent");
                });
    }

    @Test
    void listsReferencedFieldsWithPositions() {
        BranchingLogic logic = BranchingLogic.parse("[a] = '1' and ([b(3)] = '1' or [a] > [c])");
        assertThat(logic.referencedFields()).containsExactly("a", "b", "c");
        assertThat(logic.references()).extracting(FieldReference::position).containsExactly(1, 16, 32, 38);
        assertThat(logic.references().get(1).checkboxOption()).isEqualTo("3");
    }

    @Test
    void fieldComparedWithField() {
        assertThat(holds("[a] > [b]", answers("a", "5", "b", "12"))).isFalse();
        assertThat(holds("[a] < [b]", answers("a", "5", "b", "12"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[a] = '1' and|14|Expected a [field]",
            "[a] '1'|5|Expected a comparison",
            "([a] = '1'|11|Expected ')'",
            "[a = '1'|1|never closed",
            "[a] = 'abc|7|never closed",
            "age = 1|1|square brackets",
            "[a] = 1 [b] = 2|9|Unexpected '[b]'",
            "[1a] = 1|2|not a field name",
            "[a] = 1 # 2|9|Unexpected character '#'",
            "[a] = 1 and and [b] = 2|13|Expected a [field]",
    })
    void parseErrorsSayWhereAndWhat(String logic, int position, String message) {
        assertThatThrownBy(() -> BranchingLogic.parse(logic))
                .isInstanceOfSatisfying(BranchingLogicException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void rawRecordValuesAreReadAsRedcapExportsThem() {
        DataDictionary dictionary = new DataDictionary(java.util.List.of(), MissingCode.DEFAULTS);
        Responses responses = Responses.fromRaw(Map.of("cb___1", "1", "cb___2", "0", "cb___3", "1",
                "age", "-8", "name", "", "town", "Leeds"), dictionary);
        assertThat(responses.answer("cb")).isEqualTo(Answer.ticked("1", "3"));
        assertThat(responses.answer("age")).isEqualTo(Answer.missing(MissingCode.DONT_KNOW));
        assertThat(responses.answer("name").isBlank()).isTrue();
        assertThat(responses.answer("town")).isEqualTo(Answer.of("Leeds"));
    }
}
