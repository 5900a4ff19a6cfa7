package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.familyties.casework.ContactCheck.Participant;
import org.familyties.casework.ContactKind;
import org.familyties.casework.FamilyRole;
import org.junit.jupiter.api.Test;

/** Every enforcement rule, with the date edges: the start date is inclusive, the end date exclusive. */
class RestrictionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Participant PARTNER = new Participant(2, "Alex Partner", LocalDate.of(1990, 1, 1), FamilyRole.PARTNER);
    static final Participant CHILD = new Participant(3, "Ivy Child", TODAY.minusYears(8), FamilyRole.CHILD);
    static final Participant TURNS_18_TODAY = new Participant(4, "Sam Teen", TODAY.minusYears(18), FamilyRole.CHILD);
    static final Participant TURNS_18_TOMORROW = new Participant(5, "Kim Teen", TODAY.minusYears(18).plusDays(1),
            FamilyRole.CHILD);
    static final Participant CHILD_NO_BIRTH_DATE = new Participant(6, "Lou Child", null, FamilyRole.CHILD);
    static final Participant SIBLING_NO_BIRTH_DATE = new Participant(7, "Jo Sibling", null, FamilyRole.SIBLING);

    static Restriction restriction(RestrictionType type, Long familyPersonId, LocalDate startsOn, LocalDate endsOn) {
        return new Restriction(10, 1, 1, "Pat Prisoner", familyPersonId, familyPersonId == null ? null : "someone", type,
                RestrictionSource.COURT_ORDER, startsOn, endsOn, TODAY.plusMonths(3), "CO-1", null, "safeguarding");
    }

    static List<Participant> breaches(Restriction r, ContactKind kind, boolean facilitated, Participant... who) {
        return RestrictionRules.breaches(r, kind, facilitated, TODAY, List.of(who));
    }

    @Test
    void aRestrictionAppliesFromItsStartDateUntilTheDayBeforeItsEndDate() {
        assertThat(RestrictionRules.appliesOn(TODAY, null, TODAY)).as("starts today").isTrue();
        assertThat(RestrictionRules.appliesOn(TODAY.plusDays(1), null, TODAY)).as("starts tomorrow").isFalse();
        assertThat(RestrictionRules.appliesOn(TODAY.minusDays(30), TODAY, TODAY)).as("ends today: no longer applies").isFalse();
        assertThat(RestrictionRules.appliesOn(TODAY.minusDays(30), TODAY.plusDays(1), TODAY)).as("ends tomorrow").isTrue();
        assertThat(RestrictionRules.appliesOn(TODAY.minusDays(30), TODAY.minusDays(1), TODAY)).as("ended").isFalse();
    }

    @Test
    void noContactRefusesEveryKindOfContactWithTheNamedPersonOnly() {
        Restriction r = restriction(RestrictionType.NO_CONTACT, PARTNER.personId(), TODAY.minusDays(1), null);
        for (ContactKind kind : ContactKind.values()) {
            assertThat(breaches(r, kind, true, PARTNER, CHILD)).as(kind.name()).containsExactly(PARTNER);
        }
        assertThat(breaches(r, ContactKind.SOCIAL_VISIT, false, CHILD)).isEmpty();
    }

    @Test
    void aRestrictionThatStartsTomorrowOrEndedTodayDoesNotRefuseTodaysContact() {
        Restriction tomorrow = restriction(RestrictionType.NO_CONTACT, PARTNER.personId(), TODAY.plusDays(1), null);
        Restriction endsToday = restriction(RestrictionType.NO_CONTACT, PARTNER.personId(), TODAY.minusDays(10), TODAY);
        Restriction endsTomorrow = restriction(RestrictionType.NO_CONTACT, PARTNER.personId(), TODAY.minusDays(10),
                TODAY.plusDays(1));
        assertThat(breaches(tomorrow, ContactKind.PHONE_CALL, false, PARTNER)).isEmpty();
        assertThat(breaches(endsToday, ContactKind.PHONE_CALL, false, PARTNER)).isEmpty();
        assertThat(breaches(endsTomorrow, ContactKind.PHONE_CALL, false, PARTNER)).containsExactly(PARTNER);
    }

    @Test
    void lettersOnlyAllowsLettersAndEmailAPrisonerAndNothingElse() {
        Restriction r = restriction(RestrictionType.LETTERS_ONLY, PARTNER.personId(), TODAY, null);
        assertThat(breaches(r, ContactKind.LETTER, false, PARTNER)).isEmpty();
        assertThat(breaches(r, ContactKind.EMAIL_A_PRISONER, false, PARTNER)).isEmpty();
        for (ContactKind kind : List.of(ContactKind.PHONE_CALL, ContactKind.VIDEO_CALL, ContactKind.SOCIAL_VISIT,
                ContactKind.FAMILY_DAY, ContactKind.CHILD_CENTRED_VISIT, ContactKind.HOMEWORK_CLUB)) {
            assertThat(breaches(r, kind, true, PARTNER)).as(kind.name()).containsExactly(PARTNER);
        }
    }

    @Test
    void supervisedVisitsOnlyAllowsVisitsTheServiceFacilitated() {
        Restriction r = restriction(RestrictionType.SUPERVISED_VISITS_ONLY, CHILD.personId(), TODAY, null);
        assertThat(breaches(r, ContactKind.CHILD_CENTRED_VISIT, true, CHILD)).isEmpty();
        assertThat(breaches(r, ContactKind.FAMILY_DAY, true, CHILD)).isEmpty();
        assertThat(breaches(r, ContactKind.SOCIAL_VISIT, false, CHILD)).as("unsupervised visit").containsExactly(CHILD);
        assertThat(breaches(r, ContactKind.PHONE_CALL, true, CHILD)).as("not a visit").containsExactly(CHILD);
        assertThat(breaches(r, ContactKind.LETTER, true, CHILD)).containsExactly(CHILD);
    }

    @Test
    void noContactWithChildrenRefusesAnyoneUnder18OnTheDayOfTheContact() {
        Restriction r = restriction(RestrictionType.NO_CONTACT_WITH_CHILDREN, null, TODAY, null);
        assertThat(breaches(r, ContactKind.FAMILY_DAY, true, PARTNER, CHILD)).containsExactly(CHILD);
        assertThat(breaches(r, ContactKind.FAMILY_DAY, true, TURNS_18_TODAY)).as("18 today is an adult").isEmpty();
        assertThat(breaches(r, ContactKind.FAMILY_DAY, true, TURNS_18_TOMORROW)).containsExactly(TURNS_18_TOMORROW);
        assertThat(breaches(r, ContactKind.LETTER, false, CHILD_NO_BIRTH_DATE)).as("recorded as a child")
                .containsExactly(CHILD_NO_BIRTH_DATE);
        assertThat(breaches(r, ContactKind.LETTER, false, SIBLING_NO_BIRTH_DATE)).isEmpty();
    }

    @Test
    void noContactWithChildrenCanNameOneChild() {
        Restriction r = restriction(RestrictionType.NO_CONTACT_WITH_CHILDREN, CHILD.personId(), TODAY, null);
        assertThat(breaches(r, ContactKind.SOCIAL_VISIT, true, CHILD, TURNS_18_TOMORROW)).containsExactly(CHILD);
    }

    @Test
    void contactOnlyAsApprovedByChildrensServicesRefusesEveryContactUntilOverridden() {
        Restriction r = restriction(RestrictionType.CHILDRENS_SERVICES_APPROVAL_ONLY, CHILD.personId(), TODAY, null);
        assertThat(breaches(r, ContactKind.CHILD_CENTRED_VISIT, true, CHILD)).containsExactly(CHILD);
        assertThat(breaches(r, ContactKind.LETTER, false, CHILD)).containsExactly(CHILD);
    }

    @Test
    void theDescriptionNamesTheRestrictionItsSourceAndItsReviewDate() {
        Restriction r = restriction(RestrictionType.NO_CONTACT, PARTNER.personId(), TODAY, TODAY.plusMonths(6));
        assertThat(r.describe()).contains("restriction 10", "no contact", "court order CO-1",
                "review date " + TODAY.plusMonths(3), "until " + TODAY.plusMonths(6).minusDays(1));
        assertThat(r.reviewOverdueOn(TODAY.plusMonths(3).plusDays(1))).isTrue();
        assertThat(r.reviewOverdueOn(TODAY.plusMonths(3))).isFalse();
        assertThat(r.expiredOn(TODAY.plusMonths(6))).isTrue();
    }

    @Test
    void aCourseIsCheckedOnEveryOneOfItsDaysWithTheEndDateExclusive() {
        LocalDate first = TODAY.plusDays(7);
        LocalDate last = TODAY.plusDays(35);
        assertThat(RestrictionRules.appliesDuring(TODAY.minusDays(30), first, first, last)).as("ends on the first day").isFalse();
        assertThat(RestrictionRules.appliesDuring(TODAY.minusDays(30), first.plusDays(1), first, last)).as("ends the day after").isTrue();
        assertThat(RestrictionRules.appliesDuring(last, null, first, last)).as("starts on the last day").isTrue();
        assertThat(RestrictionRules.appliesDuring(last.plusDays(1), null, first, last)).as("starts after").isFalse();
        assertThat(RestrictionRules.appliesDuring(TODAY.plusDays(1), null, TODAY, TODAY)).as("a one-day plan, restriction from tomorrow").isFalse();
    }

    @Test
    void aChildWhoTurns18BeforeARestrictionStartsDuringACourseIsNotRefused() {
        Restriction r = restriction(RestrictionType.NO_CONTACT_WITH_CHILDREN, null, TODAY.plusDays(1), null);
        LocalDate day = RestrictionRules.firstDayInForce(r, TODAY);
        assertThat(day).isEqualTo(TODAY.plusDays(1));
        assertThat(RestrictionRules.breaches(r, ContactKind.FAMILY_DAY, true, day, List.of(TURNS_18_TOMORROW))).isEmpty();
        assertThat(RestrictionRules.breaches(r, ContactKind.FAMILY_DAY, true, day, List.of(CHILD))).containsExactly(CHILD);
    }
}
