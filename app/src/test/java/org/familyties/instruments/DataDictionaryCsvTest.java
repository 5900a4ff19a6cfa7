package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataDictionaryCsvTest {

    private static final String HEADER = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
            + "\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,"
            + "Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
            + "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,"
            + "Field Annotation\n";

    private static DictionaryImportResult read(String csv) {
        return DataDictionaryCsv.read(csv, MissingCode.DEFAULTS);
    }

    private static DataDictionary readValid(String csv) {
        return read(csv).orElseThrow();
    }

    @Test
    void readsAFieldFromEachColumn() {
        DataDictionary dictionary = readValid(HEADER
                + "age,about_you,<h4>About you</h4>,text,Age in years,,Whole years,integer,0,120,,,y,RH,1a,,,@HIDDEN\n"
                + "likes,about_you,,checkbox,Things you like,\"1, Cats | 2, Dogs\",,,,,,[age] > 3,,,,,,\n");

        Field age = dictionary.field("age").orElseThrow();
        assertThat(age.formName()).isEqualTo("about_you");
        assertThat(age.sectionHeader()).isEqualTo("<h4>About you</h4>");
        assertThat(age.type()).isEqualTo(FieldType.TEXT);
        assertThat(age.fieldNote()).isEqualTo("Whole years");
        assertThat(age.validation()).isEqualTo(TextValidation.INTEGER);
        assertThat(age.validationMin()).isEqualTo("0");
        assertThat(age.validationMax()).isEqualTo("120");
        assertThat(age.required()).isTrue();
        assertThat(age.identifier()).isFalse();
        assertThat(age.customAlignment()).isEqualTo("RH");
        assertThat(age.questionNumber()).isEqualTo("1a");
        assertThat(age.annotation()).isEqualTo("@HIDDEN");

        Field likes = dictionary.field("likes").orElseThrow();
        assertThat(likes.choices()).containsExactly(new Choice("1", "Cats"), new Choice("2", "Dogs"));
        assertThat(likes.branchingLogic()).isEqualTo("[age] > 3");
        assertThat(dictionary.instruments()).extracting(Instrument::name).containsExactly("about_you");
        assertThat(dictionary.instruments().get(0).title()).isEqualTo("About you");
    }

    @Test
    void readsTheOlderLayoutWithByteOrderMarkCrlfMultiLineLabelsAndTrailingBlankRows() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/instruments/legacy_16_column_dictionary.csv")) {
            DictionaryImportResult result = DataDictionaryCsv.read(in, MissingCode.DEFAULTS);
            assertThat(result.problems()).isEmpty();
            DataDictionary dictionary = result.orElseThrow();

            assertThat(dictionary.fields()).hasSize(10);
            assertThat(dictionary.fields().get(0).name()).isEqualTo("record_id");
            assertThat(dictionary.field("relationship").orElseThrow().choices()).containsExactly(
                    new Choice("1", "Partner"),
                    new Choice("2", "Parent, step-parent or guardian"),
                    new Choice("3", "Grandparent"),
                    new Choice("4", "Other relative, e.g. aunt, uncle, cousin"),
                    new Choice("5", "Friend"));
            assertThat(dictionary.field("children_n").orElseThrow().label())
                    .isEqualTo("How many children under 18\nlive with you?");
            assertThat(dictionary.field("contact_types").orElseThrow().label()).contains("<i>Tick all that apply</i>");
            assertThat(dictionary.field("visit_date").orElseThrow().validation()).isEqualTo(TextValidation.DATE_DMY);
            assertThat(dictionary.field("postcode").orElseThrow().validation()).isEqualTo(TextValidation.POSTCODE_UK);
            Field closeness = dictionary.field("closeness").orElseThrow();
            assertThat(closeness.sliderLabels()).containsExactly("Not at all", "Somewhat", "Very");
            assertThat(closeness.showSliderNumber()).isTrue();
            assertThat(closeness.sliderMin()).isZero();
            assertThat(closeness.sliderMax()).isEqualTo(100);
        }
    }

    @Test
    void theOlderLayoutIsWrittenBackInTheNewerOneWithoutLoss() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/instruments/legacy_16_column_dictionary.csv")) {
            DataDictionary legacy = DataDictionaryCsv.read(in, MissingCode.DEFAULTS).orElseThrow();
            String csv = DataDictionaryCsv.write(legacy);
            assertThat(csv.lines().findFirst().orElseThrow().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).hasSize(18);
            assertThat(readValid(csv)).isEqualTo(legacy);
        }
    }

    @Test
    void matchesHeadersIgnoringCaseSpacingAndPunctuation() {
        DataDictionary dictionary = readValid("field_name,FORM NAME,form_label_not_used_here".replace(",form_label_not_used_here", "")
                + ",field type,FIELD LABEL,choices calculations or slider labels\n"
                + "mood,wellbeing,radio,Mood today,\"1, Low | 2, OK | 3, Good\"\n");
        assertThat(dictionary.field("mood").orElseThrow().choices()).hasSize(3);
    }

    @Test
    void yesNoAndTrueFalseImplyTheirChoices() {
        DataDictionary dictionary = readValid(HEADER
                + "consent,consent,,yesno,Do you agree?,,,,,,,,y,,,,,\n"
                + "understood,consent,,truefalse,I understood the leaflet,,,,,,,,,,,,,\n");
        assertThat(dictionary.field("consent").orElseThrow().effectiveChoices())
                .containsExactly(new Choice("1", "Yes"), new Choice("0", "No"));
        assertThat(dictionary.field("understood").orElseThrow().choice("0")).contains(new Choice("0", "False"));
    }

    @Test
    void reportsEveryProblemWithItsRowAndColumnAndGivesNoDictionary() {
        DictionaryImportResult result = read(HEADER
                + "record_id,intake,,text,Record ID,,,,,,,,,,,,,\n"                                  // row 2 fine
                + "Age Years,intake,,text,Age,,,integer,,,,,,,,,,\n"                                 // row 3 bad name
                + "record_id,intake,,text,Again,,,,,,,,,,,,,\n"                                      // row 4 duplicate
                + ",intake,,text,No name,,,,,,,,,,,,,\n"                                             // row 5 no name
                + "colour,intake,,menu,Colour,,,,,,,,,,,,,\n"                                       // row 6 unknown type
                + "pet,intake,,radio,Pet,,,,,,,,,,,,,\n"                                             // row 7 no choices
                + "food,intake,,dropdown,Food,\"1, Toast | Jam | 1, Eggs\",,,,,,,,,,,,\n"             // row 8 malformed
                + "height,intake,,text,Height,,,centimetres,,,,,,,,,,\n"                             // row 9 bad validation
                + "weight,intake,,text,Weight,,,number,200,20,,,,,,,,\n"                             // row 10 min > max
                + "shoe,intake,,text,Shoe size,,,,,,,[record_id] = ,,,,,,\n"                         // row 11 bad logic
                + "hat,intake,,text,Hat size,,,,,,,[headsize] > 3,,,,,,\n"                           // row 12 unknown ref
                + "bmi,intake,,calc,BMI,,,,,,,,,,,,,\n"                                              // row 13 no calculation
                + "bmi2,intake,,calc,BMI,[weight] / [hight],,,,,,,,,,,,\n"                            // row 14 unknown ref
                + "answer,intake,,radio,Answer,\"1, Yes | -7, Refused\",,,,,,,,,,,,\n"                // row 15 clashes
                + "born,intake,,text,Born,,,date_ymd,2024-02-30,,,,,,,,,\n"                          // row 16 unreal date
                + "tick,intake,,text,Tick,,,,,,maybe,,,,,,,\n");                                     // row 17 bad flag

        assertThat(result.succeeded()).isFalse();
        assertThat(result.dictionary()).isEmpty();
        assertThat(result.problems()).extracting(DictionaryProblem::row, DictionaryProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Variable / Field Name"),
                org.assertj.core.groups.Tuple.tuple(4, "Variable / Field Name"),
                org.assertj.core.groups.Tuple.tuple(5, "Variable / Field Name"),
                org.assertj.core.groups.Tuple.tuple(6, "Field Type"),
                org.assertj.core.groups.Tuple.tuple(7, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(8, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(8, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(9, "Text Validation Type OR Show Slider Number"),
                org.assertj.core.groups.Tuple.tuple(10, "Text Validation Min"),
                org.assertj.core.groups.Tuple.tuple(11, "Branching Logic (Show field only if...)"),
                org.assertj.core.groups.Tuple.tuple(12, "Branching Logic (Show field only if...)"),
                org.assertj.core.groups.Tuple.tuple(13, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(14, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(15, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(16, "Text Validation Min"),
                org.assertj.core.groups.Tuple.tuple(17, "Identifier?"));
        assertThat(result.problems().get(0).message()).contains("'Age Years' is not a valid variable name", "'age_years'");
        assertThat(result.problems().get(1).message()).contains("already the name of the field on row 2");
        assertThat(result.problems().get(3).message()).contains("Unknown field type 'menu'", "dropdown");
        assertThat(result.problems().get(5).message()).contains("'Jam' has no code");
        assertThat(result.problems().get(6).message()).contains("'1' is used twice");
        assertThat(result.problems().get(7).message()).contains("Unknown validation 'centimetres'");
        assertThat(result.problems().get(8).message()).contains("minimum 200 is greater than the maximum 20");
        assertThat(result.problems().get(9).message()).contains("does not parse", "character 14");
        assertThat(result.problems().get(10).message()).contains("[headsize]", "no field 'headsize'");
        assertThat(result.problems().get(11).message()).contains("needs its calculation");
        assertThat(result.problems().get(12).message()).contains("[hight]");
        assertThat(result.problems().get(13).message()).contains("'-7'", "Refused");
        assertThat(result.problems().get(14).message()).contains("2024-02-30", "YYYY-MM-DD");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidDictionaryException.class)
                .hasMessageContaining("16 problem(s)");
    }

    @Test
    void refusesACalculationThatDoesNotParseWithItsRowAndColumn() {
        DictionaryImportResult result = read(HEADER
                + "w,body,,text,Weight,,,number,,,,,,,,,,\n"
                + "bmi,body,,calc,BMI,\"round([w] / , 1)\",,,,,,,,,,,,\n"
                + "band,body,,calc,Band,\"if([w] > 3, 1)\",,,,,,,,,,,,\n"
                + "ok,body,,calc,Fine,\"sum([w], 2) * 2\",,,,,,,,,,,,\n");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(DictionaryProblem::row, DictionaryProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(4, "Choices, Calculations, OR Slider Labels"));
        assertThat(result.problems().get(0).message()).contains("cannot be read", "character 13");
        assertThat(result.problems().get(1).message()).contains("if takes 3 arguments");
    }

    @Test
    void reportsEveryProblemOfOneRow() {
        DictionaryImportResult result = read(HEADER
                + "Bad Name,Bad Form,,slidr,,\"1, A\",,email,1,0,maybe,[x] =,,middle,,,,\n");
        assertThat(result.problems()).extracting(DictionaryProblem::column).containsExactly(
                "Variable / Field Name", "Form Name", "Field Type", "Identifier?", "Custom Alignment",
                "Branching Logic (Show field only if...)", "Field Label");
    }

    @Test
    void rowsAreNumberedAsInTheFileCountingBlankRowsAndMultiLineCells() {
        DictionaryImportResult result = read(HEADER
                + "a,f,,text,\"A label\non three\nlines\",,,,,,,,,,,,,\n"
                + "\n"
                + ",,,,,,,,,,,,,,,,,\n"
                + "b,f,,radio,B,,,,,,,,,,,,,\n");
        assertThat(result.problems()).singleElement().extracting(DictionaryProblem::row).isEqualTo(5);
    }

    @Test
    void reportsCsvThatCannotBeRead() {
        DictionaryImportResult result = read(HEADER + "a,f,,text,\"never closed,,,\n");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("not valid CSV", "unclosed quote"));
    }

    @Test
    void autocompleteAndSignatureBelongToDropdownsAndFiles() {
        DataDictionary dictionary = readValid(HEADER
                + "town,f,,dropdown,Town,\"1, Leeds | 2, York\",,autocomplete,,,,,,,,,,\n"
                + "signed,f,,file,Signature,,,signature,,,,,,,,,,\n"
                + "temp,f,,text,Temperature,,,number_1dp,35.0,42.0,,,,,,,,\n");
        assertThat(dictionary.field("town").orElseThrow().validation()).isEqualTo(TextValidation.AUTOCOMPLETE);
        assertThat(dictionary.field("signed").orElseThrow().validation()).isEqualTo(TextValidation.SIGNATURE);
        assertThat(readValid(DataDictionaryCsv.write(dictionary))).isEqualTo(dictionary);

        DictionaryImportResult wrong = read(HEADER
                + "town,f,,text,Town,,,autocomplete,,,,,,,,,,\n"
                + "pick,f,,radio,Pick,\"1, A\",,email,,,,,,,,,,\n");
        assertThat(wrong.problems()).extracting(DictionaryProblem::message).containsExactly(
                "Validation 'autocomplete' is for dropdown fields, not text; clear this cell or change the field type",
                "Validation 'email' is for text fields, not radio; clear this cell or change the field type");
    }

    @Test
    void checksCheckboxOptionReferences() {
        DictionaryImportResult result = read(HEADER
                + "help,support,,checkbox,Help received,\"1, Advice | 2, Money\",,,,,,,,,,,,\n"
                + "kind,support,,radio,Kind,\"1, A | 2, B\",,,,,,,,,,,,\n"
                + "money,support,,text,How much,,,number,,,,[help(2)] = '1',,,,,,\n"
                + "other,support,,text,Other,,,,,,,[help(9)] = '1' or [kind(1)] = '1',,,,,,\n");
        assertThat(result.problems()).extracting(DictionaryProblem::row).containsExactly(5, 5);
        assertThat(result.problems().get(0).message()).contains("has no option '9'");
        assertThat(result.problems().get(1).message()).contains("'kind' is a radio field");
    }

    @Test
    void reportsFormsAndMatrixGroupsThatAreSplit() {
        DictionaryImportResult result = read(HEADER
                + "a,first,,text,A,,,,,,,,,,,,,\n"
                + "b,second,,text,B,,,,,,,,,,,,,\n"
                + "c,first,,text,C,,,,,,,,,,,,,\n"
                + "m1,second,,radio,M1,\"0, No | 1, Yes\",,,,,,,,,,grid,,\n"
                + "m2,second,,radio,M2,\"0, No | 1, Yes | 2, Maybe\",,,,,,,,,,grid,,\n"
                + "m3,second,,text,M3,,,,,,,,,,,grid,,\n");
        assertThat(result.problems()).extracting(DictionaryProblem::row, DictionaryProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "Form Name"),
                org.assertj.core.groups.Tuple.tuple(5, "Form Name"),
                org.assertj.core.groups.Tuple.tuple(6, "Choices, Calculations, OR Slider Labels"),
                org.assertj.core.groups.Tuple.tuple(7, "Matrix Group Name"));
    }

    @Test
    void reportsAHeaderWithoutTheRequiredColumns() {
        DictionaryImportResult result = read("Variable / Field Name,Colour\nage,blue\n");
        assertThat(result.problems()).extracting(DictionaryProblem::row).containsOnly(1);
        assertThat(result.problems()).extracting(DictionaryProblem::column)
                .contains("Colour", "Form Name", "Field Type", "Field Label");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(read("").problems()).singleElement().extracting(DictionaryProblem::row).isEqualTo(1);
        assertThat(read("\uFEFF" + HEADER + "\n,,,\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no fields"));
    }

    @Test
    void writesTheEighteenColumnHeaderAndRoundTrips() {
        DataDictionary dictionary = readValid(HEADER
                + "age,about_you,<p>Section</p>,text,\"Age, in \"\"years\"\"\non your last birthday\",,,integer,0,120,y,,y,,,,,\n"
                + "food,about_you,,dropdown,Food,\"1, Toast, with butter | 2, Eggs\",,,,,,[age] >= 16,,,,,,\n");
        String csv = DataDictionaryCsv.write(dictionary);

        assertThat(csv).startsWith(HEADER.replace("\n", "\r\n"));
        assertThat(csv).contains("\"1, Toast, with butter | 2, Eggs\"");
        assertThat(readValid(csv)).isEqualTo(dictionary);
    }

    @Test
    void missingCodesComeFromTheStudyNotTheFile() {
        DataDictionary dictionary = DataDictionaryCsv.read(HEADER + "a,f,,text,A,,,,,,,,,,,,,\n",
                List.of(new MissingCode("NA", "Not asked"))).orElseThrow();
        assertThat(dictionary.missingCode("NA")).contains(new MissingCode("NA", "Not asked"));
        assertThat(dictionary.missingCode("-7")).isEmpty();
    }
}
