package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordValidatorTest {

    private static final DataDictionary DICTIONARY = new DataDictionary(List.of(
            Field.builder("record_id", "intake", FieldType.TEXT).label("Record ID").build(),
            Field.builder("age", "intake", FieldType.TEXT).label("<b>Age</b> in years").validation(TextValidation.INTEGER)
                    .validationMin("16").validationMax("110").required(true).build(),
            Field.builder("weight", "intake", FieldType.TEXT).label("Weight (kg)").validation(TextValidation.NUMBER)
                    .validationMin("30").build(),
            Field.builder("visit_date", "intake", FieldType.TEXT).label("Visit date").validation(TextValidation.DATE_DMY)
                    .validationMin("2020-01-01").validationMax("2030-12-31").build(),
            Field.builder("started", "intake", FieldType.TEXT).label("Started").validation(TextValidation.DATETIME_YMD).build(),
            Field.builder("temperature", "intake", FieldType.TEXT).label("Temperature")
                    .validation(TextValidation.NUMBER_1DP).build(),
            Field.builder("email", "intake", FieldType.TEXT).label("Email").validation(TextValidation.EMAIL).build(),
            Field.builder("postcode", "intake", FieldType.TEXT).label("Postcode").validation(TextValidation.POSTCODE_UK).build(),
            Field.builder("phone", "intake", FieldType.TEXT).label("Phone").validation(TextValidation.PHONE).build(),
            Field.builder("relation", "intake", FieldType.RADIO).label("Relationship")
                    .choices(new Choice("1", "Partner"), new Choice("2", "Parent")).required(true).build(),
            Field.builder("has_children", "intake", FieldType.YESNO).label("Any children?").required(true).build(),
            Field.builder("children_n", "intake", FieldType.TEXT).label("How many?").validation(TextValidation.INTEGER)
                    .validationMin("1").required(true).branchingLogic("[has_children] = '1'").build(),
            Field.builder("youngest_age", "intake", FieldType.TEXT).label("Age of youngest")
                    .validation(TextValidation.INTEGER).required(true).branchingLogic("[children_n] >= 1").build(),
            Field.builder("contact", "contact", FieldType.CHECKBOX).label("Contact")
                    .choices(new Choice("1", "Visits"), new Choice("2", "Calls"), new Choice("3", "Letters")).build(),
            Field.builder("visits_n", "contact", FieldType.TEXT).label("Visits").validation(TextValidation.INTEGER)
                    .required(true).branchingLogic("[contact(1)] = '1'").build(),
            Field.builder("closeness", "contact", FieldType.SLIDER).label("Closeness").validationMax("10").build(),
            Field.builder("total", "contact", FieldType.CALC).label("Total").calculation("[visits_n] * 2").build()),
            MissingCode.DEFAULTS);

    private final RecordValidator validator = new RecordValidator(DICTIONARY);

    private static Responses valid() {
        return Responses.empty()
                .with("record_id", Answer.of("101"))
                .with("age", Answer.of("34"))
                .with("relation", Answer.of("1"))
                .with("has_children", Answer.of("0"));
    }

    @Test
    void aCompleteRecordIsValid() {
        RecordValidation result = validator.validate(valid());
        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.saved()).isEqualTo(valid());
    }

    @Test
    void requiredFieldsAreRequiredOnlyWhenShown() {
        RecordValidation noChildren = validator.validate(valid());
        assertThat(noChildren.hiddenFields()).contains("children_n", "youngest_age", "visits_n");

        RecordValidation children = validator.validate(valid().with("has_children", Answer.of("1")));
        assertThat(children.problems()).extracting(RecordProblem::field).containsExactly("children_n");
        assertThat(children.problems().get(0).message())
                .isEqualTo("'children_n' (How many?) is required. Enter an answer, or record why it is missing: "
                        + "-7 (Refused), -8 (Don't know), -9 (Not applicable)");

        RecordValidation twoChildren = validator.validate(valid().with("has_children", Answer.of("1"))
                .with("children_n", Answer.of("2")));
        assertThat(twoChildren.problems()).extracting(RecordProblem::field).containsExactly("youngest_age");
    }

    @Test
    void aMissingCodeAnswersARequiredQuestionButABlankDoesNot() {
        assertThat(validator.validate(valid().with("age", Answer.missing(MissingCode.REFUSED))).isValid()).isTrue();
        assertThat(validator.validate(valid().without("age")).problems())
                .extracting(RecordProblem::field).containsExactly("age");
        assertThat(validator.validate(valid().with("age", Answer.missing(new MissingCode("-5", "Lost")))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'-5'", "-8 (Don't know)"));
    }

    @Test
    void hiddenAnswersAreClearedOnSaveAndChainsOfHiddenFieldsStayHidden() {
        Responses stale = valid()
                .with("children_n", Answer.of("3"))
                .with("youngest_age", Answer.of("2"))
                .with("visits_n", Answer.of("4"));

        RecordValidation result = validator.validate(stale);

        // has_children is 0, so children_n is hidden and cleared, which in turn hides youngest_age
        assertThat(result.isValid()).isTrue();
        assertThat(result.saved()).isEqualTo(valid());
        assertThat(result.hiddenFields()).contains("children_n", "youngest_age", "visits_n");
        assertThat(validator.isShown("youngest_age", stale)).isFalse();
        assertThat(validator.isShown("youngest_age", stale.with("has_children", Answer.of("1")))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "age|abc|'abc' is not valid for 'age' (Age in years). Enter a whole number, such as 12",
            "age|34.5|Enter a whole number",
            "age|12|'age' (Age in years) must be 16 or more; 12 is too low",
            "age|111|must be 110 or less; 111 is too high",
            "weight|heavy|Enter a number, such as 3.5",
            "weight|29.9|must be 30 or more",
            "visit_date|2023-02-29|Enter a real date as YYYY-MM-DD",
            "visit_date|31/12/2023|Enter a real date as YYYY-MM-DD",
            "visit_date|2019-12-31|must be 2020-01-01 or more",
            "started|2024-01-01|YYYY-MM-DD HH:MM",
            "started|2024-01-01 25:00|YYYY-MM-DD HH:MM",
            "email|someone@|Enter an email address",
            "temperature|37|Enter a number with one decimal place, such as 3.5",
            "postcode|LS1|Enter a UK postcode",
            "phone|12345|phone number of 10 to 15 digits",
            "relation|3|'3' is not an option of 'relation' (Relationship); pick one of 1 (Partner), 2 (Parent)",
            "has_children|yes|pick one of 1 (Yes), 0 (No)",
            "closeness|11|'closeness' (Closeness) must be from 0 to 10; 11 is outside that range",
            "closeness|lots|is not a number",
            "contact|1|is a checkbox; record which options are ticked",
    })
    void wrongValuesAreExplained(String field, String value, String message) {
        RecordValidation result = validator.validate(valid().with(field, Answer.of(value)));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "age|16", "age|110", "weight|30", "weight|72.5", "visit_date|2024-02-29", "started|2024-01-01 09:05",
            "email|a.person@example.org", "temperature|37.2", "postcode|LS1 4AP", "postcode|sw1a2aa", "phone|+44 113 496 0000",
            "closeness|0", "closeness|7.5", "relation|2", "has_children|0",
    })
    void rightValuesPass(String field, String value) {
        assertThat(validator.validate(valid().with(field, Answer.of(value))).problems()).isEmpty();
    }

    @Test
    void checkboxCodesMustBeOptions() {
        RecordValidation result = validator.validate(valid().with("contact", Answer.ticked("1", "4", "9"))
                .with("visits_n", Answer.of("2")));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contact");
            assertThat(p.message()).contains("no option '4', '9'", "1 (Visits), 2 (Calls), 3 (Letters)");
        });
        assertThat(validator.validate(valid().with("relation", Answer.ticked("1"))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("takes a single answer"));
    }

    @Test
    void checkboxOptionShowsItsFollowUp() {
        Responses visits = valid().with("contact", Answer.ticked("1"));
        assertThat(validator.validate(visits).problems()).extracting(RecordProblem::field).containsExactly("visits_n");
        assertThat(validator.validate(visits.with("contact", Answer.ticked("2"))).isValid()).isTrue();
    }

    @Test
    void validatingOneInstrumentChecksOnlyItsFields() {
        Responses record = valid().without("age").with("contact", Answer.ticked("1"));
        assertThat(validator.validate("contact", record).problems()).extracting(RecordProblem::field)
                .containsExactly("visits_n");
        assertThat(validator.validate("intake", record).problems()).extracting(RecordProblem::field)
                .containsExactly("age");
    }

    @Test
    void answersToUnknownFieldsAreReported() {
        assertThat(validator.validate(valid().with("shoe_size", Answer.of("9"))).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("shoe_size");
                    assertThat(p.message()).contains("not a field of this data dictionary");
                });
    }

    @Test
    void rawRedcapValuesValidateLikeTypedOnes() {
        Responses raw = Responses.fromRaw(Map.of("record_id", "7", "age", "-9", "relation", "2", "has_children", "1",
                "children_n", "1", "youngest_age", "-8", "contact___1", "0", "contact___2", "1"), DICTIONARY);
        assertThat(validator.validate(raw).isValid()).isTrue();
        assertThat(raw.answer("age").isMissing()).isTrue();
    }
}
