package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LargeDictionaryRoundTripTest {

    private final DataDictionary study = ExampleStudyDictionary.build();

    @Test
    void theExampleStudyIsLargeAndVaried() {
        assertThat(study.fields()).hasSizeGreaterThanOrEqualTo(290);
        assertThat(study.instruments()).extracting(Instrument::name).containsExactly("enrolment", "household",
                "family_contact", "child_strengths", "caregiver_wellbeing", "services", "risk_checklist", "follow_up");
        assertThat(study.fields()).extracting(Field::type).contains(FieldType.values());
        assertThat(study.fields()).extracting(Field::validation).contains(TextValidation.values());
    }

    @Test
    void importThenExportThenImportGivesAnEqualDictionary() {
        String csv = DataDictionaryCsv.write(study);

        DictionaryImportResult first = DataDictionaryCsv.read(csv, MissingCode.DEFAULTS);
        assertThat(first.problems()).isEmpty();
        assertThat(first.orElseThrow()).isEqualTo(study);

        String again = DataDictionaryCsv.write(first.orElseThrow());
        assertThat(again).isEqualTo(csv);
        assertThat(DataDictionaryCsv.read(again, MissingCode.DEFAULTS).orElseThrow()).isEqualTo(study);
    }

    @Test
    void aSingleBrokenRowInALargeFileIsReportedByItsRowInTheFile() {
        String csv = DataDictionaryCsv.write(study);
        // Rows are counted as a spreadsheet shows them: multi-line labels stay one row.
        int row = study.fields().indexOf(study.field("svc_housing_times").orElseThrow()) + 2;
        String broken = csv.replace("[svc_housing_used] = '1'\"", "[svc_housing_usd] = '1'\"")
                .replace("[svc_housing_used] = '1',", "[svc_housing_usd] = '1',");

        DictionaryImportResult result = DataDictionaryCsv.read(broken, MissingCode.DEFAULTS);

        assertThat(result.dictionary()).isEmpty();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p ->
                assertThat(p.message()).contains("svc_housing_usd"));
        assertThat(result.problems().get(0).row()).isEqualTo(row);
    }
}
