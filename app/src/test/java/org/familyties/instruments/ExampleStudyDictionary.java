package org.familyties.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A large, realistic longitudinal-study dictionary (about 300 fields over eight forms) built in code:
 * HTML and multi-line labels, commas in choice labels, matrix groups, sliders, calculations, every text
 * validation, checkbox-option and event-prefixed branching. Wording is invented for the tests.
 */
final class ExampleStudyDictionary {

    static final List<Choice> AGREEMENT = List.of(new Choice("1", "Strongly disagree"), new Choice("2", "Disagree"),
            new Choice("3", "Neither agree nor disagree"), new Choice("4", "Agree"), new Choice("5", "Strongly agree"));
    static final List<Choice> TRUENESS = List.of(new Choice("0", "Not true"), new Choice("1", "Somewhat true"),
            new Choice("2", "Certainly true"));

    private final List<Field> fields = new ArrayList<>();

    private ExampleStudyDictionary() {
    }

    static DataDictionary build() {
        ExampleStudyDictionary d = new ExampleStudyDictionary();
        d.enrolment();
        d.household();
        d.familyContact();
        d.childStrengths();
        d.caregiverWellbeing();
        d.services();
        d.riskChecklist();
        d.followUp();
        return new DataDictionary(d.fields, MissingCode.DEFAULTS);
    }

    private Field.Builder add(String name, String form, FieldType type, String label) {
        return Field.builder(name, form, type).label(label);
    }

    private void put(Field.Builder builder) {
        fields.add(builder.build());
    }

    private void enrolment() {
        String f = "enrolment";
        put(add("record_id", f, FieldType.TEXT, "Record ID"));
        put(add("consent_date", f, FieldType.TEXT, "Date consent given").validation(TextValidation.DATE_DMY)
                .validationMin("2020-01-01").validationMax("today").required(true)
                .sectionHeader("<h3 style=\"color:#1d70b8\">Consent</h3>"));
        put(add("consent_given", f, FieldType.YESNO, "Has the participant <b>given consent</b>, having read the "
                + "information sheet?").required(true));
        put(add("consent_understood", f, FieldType.TRUEFALSE, "The participant could explain the study\nback to "
                + "the researcher in their own words").branchingLogic("[consent_given] = '1'"));
        put(add("participant_email", f, FieldType.TEXT, "Email address").validation(TextValidation.EMAIL)
                .identifier(true).branchingLogic("[consent_given] = '1'"));
        put(add("participant_phone", f, FieldType.TEXT, "Phone number").validation(TextValidation.PHONE)
                .identifier(true).fieldNote("Include the area code"));
        put(add("participant_postcode", f, FieldType.TEXT, "Postcode").validation(TextValidation.POSTCODE_UK)
                .identifier(true));
        put(add("interview_start", f, FieldType.TEXT, "Interview started").validation(TextValidation.DATETIME_YMD));
        put(add("interview_end", f, FieldType.TEXT, "Interview ended").validation(TextValidation.DATETIME_SECONDS_YMD));
        put(add("interview_time", f, FieldType.TEXT, "Time of day").validation(TextValidation.TIME)
                .validationMin("08:00").validationMax("21:00"));
        put(add("researcher_initials", f, FieldType.TEXT, "Researcher's initials").validation(TextValidation.ALPHA_ONLY));
        put(add("site", f, FieldType.DROPDOWN, "Prison or community site").choices(
                IntStream.rangeClosed(1, 12).mapToObj(i -> new Choice(String.valueOf(i), "Site " + i + ", region "
                        + (char) ('A' + i % 4))).toList()).required(true).annotation("@DEFAULT='1'")
                .validation(TextValidation.AUTOCOMPLETE));
        put(add("enrolment_notes", f, FieldType.NOTES, "Anything the team should know,\nfor example access needs"));
        put(add("consent_form", f, FieldType.FILE, "Upload the signed consent form"));
        put(add("researcher_signature", f, FieldType.FILE, "Researcher's signature").validation(TextValidation.SIGNATURE));
    }

    private void household() {
        String f = "household";
        put(add("hh_intro", f, FieldType.DESCRIPTIVE, "<p>These questions are about <i>who lives with you</i>.</p>\n"
                + "<p>Count everyone who usually stays at least four nights a week.</p>"));
        put(add("hh_adults", f, FieldType.TEXT, "Number of adults").validation(TextValidation.INTEGER)
                .validationMin("1").validationMax("20").required(true).questionNumber("1"));
        put(add("hh_children", f, FieldType.TEXT, "Number of children under 18").validation(TextValidation.INTEGER)
                .validationMin("0").validationMax("15").required(true).questionNumber("2"));
        for (int c = 1; c <= 6; c++) {
            String shown = "[hh_children] >= " + c;
            put(add("child" + c + "_age", f, FieldType.TEXT, "Age of child " + c).validation(TextValidation.INTEGER)
                    .validationMin("0").validationMax("17").branchingLogic(shown)
                    .sectionHeader("Child " + c));
            put(add("child" + c + "_sex", f, FieldType.RADIO, "Sex of child " + c).choices(new Choice("1", "Girl"),
                    new Choice("2", "Boy"), new Choice("3", "Prefer to describe, or not say")).branchingLogic(shown)
                    .customAlignment("RH"));
            put(add("child" + c + "_relation", f, FieldType.DROPDOWN, "Child " + c + "'s relationship to the person "
                    + "in prison").choices(new Choice("1", "Son or daughter"), new Choice("2",
                    "Stepchild, or partner's child"), new Choice("3", "Grandchild"), new Choice("4", "Niece, nephew "
                    + "or cousin"), new Choice("5", "Other")).branchingLogic(shown));
            put(add("child" + c + "_knows", f, FieldType.YESNO, "Does child " + c + " know where the person is?")
                    .branchingLogic(shown + " and [child" + c + "_age] >= 4"));
        }
        put(add("hh_income", f, FieldType.RADIO, "Weekly household income, after tax").choices(new Choice("1",
                "Under £200"), new Choice("2", "£200 to £399, including benefits"), new Choice("3", "£400 or more")));
        put(add("hh_benefits", f, FieldType.CHECKBOX, "Benefits received").choices(new Choice("1", "Universal Credit"),
                new Choice("2", "Child Benefit"), new Choice("3", "Carer's Allowance"), new Choice("4", "Housing "
                + "support, local or national"), new Choice("5", "None of these")));
        put(add("hh_tenure", f, FieldType.RADIO, "Housing").choices(new Choice("1", "Owned"), new Choice("2",
                "Rented, social"), new Choice("3", "Rented, private"), new Choice("4", "Temporary")));
        put(add("hh_moves", f, FieldType.TEXT, "House moves in the last year").validation(TextValidation.INTEGER)
                .validationMin("0").branchingLogic("[hh_tenure] = '3' or [hh_tenure] = '4'"));
    }

    private void familyContact() {
        String f = "family_contact";
        put(add("fc_sentence_status", f, FieldType.RADIO, "Is the person on remand or sentenced?").choices(
                new Choice("1", "Remand"), new Choice("2", "Sentenced"), new Choice("3", "Recalled")));
        put(add("fc_sentence_months", f, FieldType.TEXT, "Sentence length in months").validation(TextValidation.NUMBER)
                .validationMin("0.5").validationMax("600").branchingLogic("[fc_sentence_status] <> '1'"));
        put(add("fc_contact_types", f, FieldType.CHECKBOX, "Contact in the last month <i>(tick all)</i>").choices(
                new Choice("1", "Visits"), new Choice("2", "Video calls"), new Choice("3", "Phone calls"),
                new Choice("4", "Letters, cards or drawings"), new Choice("5", "Messages by email-a-prisoner"),
                new Choice("6", "None")));
        String[] kinds = {"visits", "video", "phone", "letters", "emails"};
        for (int k = 0; k < kinds.length; k++) {
            String shown = "[fc_contact_types(" + (k + 1) + ")] = '1'";
            put(add("fc_" + kinds[k] + "_n", f, FieldType.TEXT, "How many " + kinds[k] + "?")
                    .validation(TextValidation.INTEGER).validationMin("0").validationMax("100").branchingLogic(shown));
            put(add("fc_" + kinds[k] + "_quality", f, FieldType.SLIDER, "How did the " + kinds[k] + " go?")
                    .sliderLabels(List.of("Very badly", "", "Very well")).showSliderNumber(k % 2 == 0)
                    .branchingLogic(shown));
        }
        put(add("fc_visit_cost", f, FieldType.TEXT, "Cost of the last visit, in pounds").validation(TextValidation.NUMBER)
                .validationMin("0").branchingLogic("[fc_contact_types(1)] = '1' and [fc_visits_n] > 0"));
        put(add("fc_visit_barriers", f, FieldType.CHECKBOX, "What made visiting hard?").choices(new Choice("1", "Cost"),
                new Choice("2", "Distance, or no public transport"), new Choice("3", "Booking"), new Choice("4",
                "The child did not want to go"), new Choice("5", "Other")).branchingLogic(
                "[fc_contact_types(1)] = '0' or [fc_visits_n] < 2"));
        put(add("fc_visit_barriers_other", f, FieldType.TEXT, "Other barrier").branchingLogic(
                "[fc_visit_barriers(5)] = '1'"));
        for (int i = 1; i <= 20; i++) {
            put(add("fc_closeness_" + i, f, FieldType.RADIO, "Family relationship statement " + i)
                    .choices(AGREEMENT).matrixGroup("fc_closeness").required(i <= 3)
                    .sectionHeader(i == 1 ? "How much do you agree with each statement?" : ""));
        }
        put(add("fc_closeness_total", f, FieldType.CALC, "Closeness total").calculation(
                "sum([fc_closeness_1],[fc_closeness_2],[fc_closeness_3],[fc_closeness_4],[fc_closeness_5])"));
    }

    private void childStrengths() {
        String f = "child_strengths";
        put(add("sdq_child", f, FieldType.DROPDOWN, "Which child are these questions about?").choices(
                IntStream.rangeClosed(1, 6).mapToObj(i -> new Choice(String.valueOf(i), "Child " + i)).toList())
                .branchingLogic("[hh_children] > 0"));
        for (int i = 1; i <= 25; i++) {
            put(add("sdq_" + i, f, FieldType.RADIO, "Item " + i).choices(TRUENESS).matrixGroup("sdq")
                    .branchingLogic("[hh_children] > 0"));
        }
        put(add("sdq_emotional", f, FieldType.CALC, "Emotional problems").calculation(
                "[sdq_3] + [sdq_8] + [sdq_13] + [sdq_16] + [sdq_24]"));
    }

    private void caregiverWellbeing() {
        String f = "caregiver_wellbeing";
        for (int i = 1; i <= 7; i++) {
            put(add("swemwbs_" + i, f, FieldType.RADIO, "Item " + i).choices(new Choice("1", "None of the time"),
                    new Choice("2", "Rarely"), new Choice("3", "Some of the time"), new Choice("4", "Often"),
                    new Choice("5", "All of the time")).matrixGroup("swemwbs").required(true));
        }
        for (int i = 1; i <= 6; i++) {
            put(add("brs_" + i, f, FieldType.RADIO, "Item " + i).choices(AGREEMENT).matrixGroup("brs"));
        }
        put(add("cw_worries", f, FieldType.CHECKBOX, "Worries this month").choices(IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Choice(String.valueOf(i), "Worry " + i)).toList()).matrixGroup("cw_worry_grid")
                .matrixRanking(false));
        put(add("cw_sleep_hours", f, FieldType.TEXT, "Hours of sleep on a usual night").validation(TextValidation.NUMBER_1DP)
                .validationMin("0").validationMax("24"));
        put(add("cw_stress", f, FieldType.SLIDER, "Stress today").validationMin("0").validationMax("10")
                .sliderLabels(List.of("None", "Some", "Extreme")).showSliderNumber(true));
        put(add("cw_support_person", f, FieldType.YESNO, "Is there someone you can talk to?"));
        put(add("cw_support_who", f, FieldType.CHECKBOX, "Who?").choices(new Choice("1", "Family"), new Choice("2",
                "Friends"), new Choice("3", "A support worker, charity or group")).branchingLogic(
                "[cw_support_person] = '1'"));
    }

    private void services() {
        String f = "services";
        String[] services = {"gp", "school", "social_care", "housing", "debt_advice", "family_support", "mental_health",
                "prison_family_worker", "faith_group", "youth_club", "citizens_advice", "food_bank", "victim_support",
                "probation", "helpline"};
        for (String s : services) {
            put(add("svc_" + s + "_used", f, FieldType.YESNO, "Used the " + s.replace('_', ' ') + " service?")
                    .sectionHeader(s.equals("gp") ? "<h4>Services in the last six months</h4>" : ""));
            put(add("svc_" + s + "_times", f, FieldType.TEXT, "How many times?").validation(TextValidation.INTEGER)
                    .validationMin("1").branchingLogic("[svc_" + s + "_used] = '1'"));
            put(add("svc_" + s + "_helpful", f, FieldType.RADIO, "How helpful was it?").choices(new Choice("1",
                    "Not at all"), new Choice("2", "A little"), new Choice("3", "Very, and I'd go back"))
                    .branchingLogic("[svc_" + s + "_used] = '1' and [svc_" + s + "_times] >= 1"));
            put(add("svc_" + s + "_why_not", f, FieldType.DROPDOWN, "Why not?").choices(new Choice("1",
                    "Didn't need it"), new Choice("2", "Didn't know about it"), new Choice("3",
                    "Waiting list, or turned away"), new Choice("4", "Worried about being judged")).branchingLogic(
                    "not [svc_" + s + "_used] = '1'"));
        }
    }

    private void riskChecklist() {
        String f = "risk_checklist";
        for (int i = 1; i <= 10; i++) {
            put(add("risk_" + i, f, FieldType.YESNO, "Item " + i).required(true)
                    .sectionHeader(i == 1 ? "Cumulative risk" : ""));
        }
        put(add("risk_total", f, FieldType.CALC, "Risk total").calculation(
                "sum([risk_1],[risk_2],[risk_3],[risk_4],[risk_5],[risk_6],[risk_7],[risk_8],[risk_9],[risk_10])"));
    }

    private void followUp() {
        String f = "follow_up";
        put(add("fu_date", f, FieldType.TEXT, "Follow-up date").validation(TextValidation.DATE_YMD)
                .branchingLogic("[enrolment_arm_1][consent_given] = '1'"));
        put(add("fu_still_in_prison", f, FieldType.YESNO, "Is the person still in prison?"));
        put(add("fu_release_date", f, FieldType.TEXT, "Release date").validation(TextValidation.DATE_MDY)
                .branchingLogic("[fu_still_in_prison] = '0'"));
        put(add("fu_living_together", f, FieldType.RADIO, "Living together since release?").choices(new Choice("1",
                "Yes"), new Choice("2", "No"), new Choice("3", "Sometimes, on and off")).branchingLogic(
                "[fu_still_in_prison] = '0' and ([fc_sentence_status] = '2' or [fc_sentence_status] = '3')"));
        put(add("fu_weight_kg", f, FieldType.TEXT, "Weight (kg)").validation(TextValidation.NUMBER_2DP)
                .validationMin("20").validationMax("250"));
        put(add("fu_call_start", f, FieldType.TEXT, "Call started").validation(TextValidation.DATETIME_DMY));
        put(add("fu_call_end", f, FieldType.TEXT, "Call ended").validation(TextValidation.DATETIME_MDY));
        put(add("fu_release_exact", f, FieldType.TEXT, "Time of release").validation(TextValidation.DATETIME_SECONDS_DMY)
                .branchingLogic("[fu_still_in_prison] = '0'"));
        put(add("fu_checked_at", f, FieldType.TEXT, "Checked at").validation(TextValidation.DATETIME_SECONDS_MDY));
        for (int i = 1; i <= 90; i++) {
            put(add("fu_diary_" + i, f, FieldType.TEXT, "Diary day " + i + ": minutes of contact")
                    .validation(TextValidation.INTEGER).validationMin("0").validationMax("1440")
                    .branchingLogic(i == 1 ? "" : "[fu_diary_" + (i - 1) + "] <> ''"));
        }
        put(add("fu_comments", f, FieldType.NOTES, "Anything else you'd like to tell us?\n\n"
                + "<span style=\"font-size:small\">You can say \"nothing\", that's fine.</span>"));
    }
}
