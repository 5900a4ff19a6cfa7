package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    private static final DataDictionary DICTIONARY = new DataDictionary(List.of(
            Field.builder("age", "f", FieldType.TEXT).label("Age").validation(TextValidation.INTEGER).build(),
            Field.builder("contact", "f", FieldType.CHECKBOX).label("Contact")
                    .choices(new Choice("1", "Visits"), new Choice("2", "Calls"), new Choice("3", "Letters")).build(),
            Field.builder("town", "f", FieldType.TEXT).label("Town").build()),
            MissingCode.DEFAULTS);

    @Test
    void blankValueAndMissingCodeAreThreeDifferentThings() {
        Answer blank = Answer.of("  ");
        Answer value = Answer.of("-7 ");
        Answer refused = Answer.missing(MissingCode.REFUSED);

        assertThat(blank.isBlank()).isTrue();
        assertThat(value).isEqualTo(new Answer.Value("-7"));
        assertThat(value.isBlank()).isFalse();
        assertThat(value.isMissing()).isFalse();
        assertThat(refused.isMissing()).isTrue();
        assertThat(refused.isBlank()).isFalse();
        assertThat(refused).isNotEqualTo(value);
        assertThat(Answer.ticked()).isEqualTo(Answer.BLANK);
    }

    @Test
    void blankAnswersAreNotKept() {
        Responses responses = Responses.of(Map.of("age", Answer.BLANK, "town", Answer.of("York")));
        assertThat(responses.asMap()).containsOnlyKeys("town");
        assertThat(responses.answer("age").isBlank()).isTrue();
        assertThat(responses.answer("never_asked").isBlank()).isTrue();
    }

    @Test
    void rawValuesRoundTrip() {
        Responses responses = Responses.empty()
                .with("age", Answer.missing(MissingCode.DONT_KNOW))
                .with("contact", Answer.ticked("1", "3"))
                .with("town", Answer.of("Hull"));

        Map<String, String> raw = responses.toRaw(DICTIONARY);

        assertThat(raw).containsExactly(Map.entry("age", "-8"), Map.entry("contact___1", "1"),
                Map.entry("contact___2", "0"), Map.entry("contact___3", "1"), Map.entry("town", "Hull"));
        assertThat(Responses.fromRaw(raw, DICTIONARY)).isEqualTo(responses);
    }

    @Test
    void aDictionaryCannotUseOneMissingCodeTwice() {
        assertThatThrownBy(() -> new DataDictionary(List.of(), List.of(MissingCode.REFUSED,
                new MissingCode("-7", "Declined")))).hasMessageContaining("must be different");
    }
}
