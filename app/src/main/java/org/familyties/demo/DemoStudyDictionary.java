package org.familyties.demo;

import java.util.ArrayList;
import java.util.List;

import org.familyties.instruments.Choice;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.TextValidation;

/** The demo study's dictionary. Scale items are "Item 1…N": no copyrighted wording. */
final class DemoStudyDictionary {

    static final String CHILD_QUESTIONNAIRE = "child_questionnaire";
    static final String SDQ = "sdq";
    static final String BRS = "brs";
    static final String SWEMWBS = "swemwbs";

    private DemoStudyDictionary() {
    }

    static DataDictionary build() {
        List<Field> fields = new ArrayList<>();
        String c = CHILD_QUESTIONNAIRE;
        fields.add(Field.builder("cq_intro", c, FieldType.DESCRIPTIVE)
                .label("These questions are about you and your family. There are no right or wrong answers.").build());
        fields.add(Field.builder("cq_age", c, FieldType.TEXT).label("How old are you?")
                .validation(TextValidation.INTEGER).validationMin("4").validationMax("17").required(true).build());
        fields.add(Field.builder("cq_sees_father", c, FieldType.YESNO).label("Do you have contact with your dad?")
                .required(true).build());
        fields.add(Field.builder("cq_contact", c, FieldType.CHECKBOX).label("How do you keep in touch with your dad?")
                .choices(new Choice("1", "Visits"), new Choice("2", "Phone calls"), new Choice("3", "Letters"),
                        new Choice("4", "Video calls"))
                .branchingLogic("[cq_sees_father] = '1'").required(true).build());
        fields.add(Field.builder("cq_contact_feel", c, FieldType.RADIO).label("How do you feel after contact with your dad?")
                .choices(new Choice("1", "Happy"), new Choice("2", "Mixed"), new Choice("3", "Sad"))
                .branchingLogic("[cq_sees_father] = '1'").build());
        fields.add(Field.builder("cq_school", c, FieldType.DROPDOWN).label("How is school going?")
                .choices(new Choice("1", "Well"), new Choice("2", "OK"), new Choice("3", "Not well")).build());
        fields.add(Field.builder("cq_closeness", c, FieldType.SLIDER).label("How close do you feel to your family?")
                .sliderLabels(List.of("Not close", "", "Very close")).validationMin("0").validationMax("10").build());
        fields.add(Field.builder("cq_worries", c, FieldType.NOTES).label("Is there anything that worries you?").build());
        items(fields, SDQ, "sdq_", 25, List.of(new Choice("0", "Not true"), new Choice("1", "Somewhat true"),
                new Choice("2", "Certainly true")));
        List<Choice> fivePoint = List.of(new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3"),
                new Choice("4", "4"), new Choice("5", "5"));
        items(fields, BRS, "brs_", 6, fivePoint);
        items(fields, SWEMWBS, "swemwbs_", 7, fivePoint);
        return new DataDictionary(fields, MissingCode.DEFAULTS);
    }

    private static void items(List<Field> fields, String form, String prefix, int count, List<Choice> choices) {
        for (int i = 1; i <= count; i++) {
            fields.add(Field.builder(prefix + i, form, FieldType.RADIO).label("Item " + i).choices(choices).build());
        }
    }
}
