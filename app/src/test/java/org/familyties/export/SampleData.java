package org.familyties.export;

import java.time.LocalDate;

/** A small survey-like data set exercising every feature the writers support. */
public final class SampleData {

    private SampleData() {
    }

    public static LabelledDataset survey() {
        return LabelledDataset.builder("wave1")
                .label("Family Ties wave 1 (test)")
                .add(Variable.numeric("pid").label("Participant number").width(6).level(MeasurementLevel.NOMINAL))
                .add(Variable.numeric("relation").label("Relationship to person in prison")
                        .width(2).level(MeasurementLevel.NOMINAL)
                        .value(1, "Partner").value(2, "Parent").value(3, "Child")
                        .missing(-7, "Refused").missing(-8, "Don't know").missing(-9, "Not applicable"))
                .add(Variable.numeric("visits").label("Visits in last 3 months").width(4)
                        .missing(-9, "Not applicable"))
                .add(Variable.numeric("wellbeing").label("Wellbeing score (WEMWBS), mean").width(6).decimals(2))
                .add(Variable.string("region", 20).label("Region of residence"))
                .add(Variable.date("interview").label("Date of interview"))
                .add(Variable.numeric("satisfied_with_visit_rules").label("Satisfied with visits")
                        .width(1).level(MeasurementLevel.ORDINAL)
                        .value(1, "Not at all").value(2, "Somewhat").value(3, "Very").missing(-8, "Don't know"))
                .row(101.0, 1.0, 4.0, 52.5, "Wales", LocalDate.of(2025, 3, 1), 3.0)
                .row(102.0, 2.0, 0.0, 48.25, "North East, England", LocalDate.of(2025, 3, 15), 1.0)
                .row(103.0, -7.0, -9.0, null, "Ynys Môn \"Anglesey\"", null, -8.0)
                .row(104.0, 3.0, 12.0, 61.0, "", LocalDate.of(2024, 12, 31), 2.0)
                .row(105.0, -8.0, null, 39.75, "Scotland", LocalDate.of(2025, 1, 2), null)
                .row(106.0, 1.0, 2.0, 0.125, "Wales", LocalDate.of(2025, 2, 28), 3.0)
                .build();
    }
}
