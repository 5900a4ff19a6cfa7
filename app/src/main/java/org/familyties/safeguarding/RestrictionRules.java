package org.familyties.safeguarding;

import java.time.LocalDate;
import java.util.List;

import org.familyties.casework.ContactCheck;
import org.familyties.casework.ContactKind;
import org.familyties.casework.FamilyRole;

/**
 * The enforcement rules, free of storage so they can be tested on their own.
 * <ul>
 * <li>A restriction applies on days from its start date (inclusive) to its end date (exclusive).</li>
 * <li>No contact: any contact with the family member breaks it.</li>
 * <li>Letters only: anything but a letter or an email-a-prisoner message breaks it.</li>
 * <li>Supervised visits only: anything but a visit the service facilitated (and so supervised) breaks it.</li>
 * <li>No contact with children: contact with anyone under 18 on the day of the contact breaks it; someone with
 * no date of birth counts as a child when recorded as the prisoner's child.</li>
 * <li>Only as approved by children's services: every contact breaks it unless a safeguarding lead overrides
 * it, recording the approval as the reason.</li>
 * </ul>
 * Planned contacts and enrolments are checked the same way: a plan on the day it is planned for, an enrolment on
 * every day of the course (a family day is a visit the service facilitates; so is any other course with family
 * members taking part).
 */
public final class RestrictionRules {

    private RestrictionRules() {
    }

    public static boolean appliesOn(LocalDate startsOn, LocalDate endsOn, LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn));
    }

    /** The first day from {@code from} on which the restriction applies (its start, if later). */
    public static LocalDate firstDayInForce(Restriction r, LocalDate from) {
        return r.startsOn().isAfter(from) ? r.startsOn() : from;
    }

    /** Whether a restriction applies on any day from {@code from} to {@code until}, both inclusive. */
    public static boolean appliesDuring(LocalDate startsOn, LocalDate endsOn, LocalDate from, LocalDate until) {
        LocalDate first = startsOn.isAfter(from) ? startsOn : from;
        return !first.isAfter(until) && appliesOn(startsOn, endsOn, first);
    }

    /** The participants with whom the contact breaks the restriction (empty if it does not). */
    public static List<ContactCheck.Participant> breaches(Restriction r, ContactKind kind, boolean facilitated,
                                                          LocalDate on, List<ContactCheck.Participant> participants) {
        if (!r.appliesOn(on)) {
            return List.of();
        }
        return participants.stream()
                .filter(p -> r.familyPersonId() == null || r.familyPersonId() == p.personId())
                .filter(p -> breaks(r.type(), kind, facilitated, on, p))
                .toList();
    }

    static boolean breaks(RestrictionType type, ContactKind kind, boolean facilitated, LocalDate on,
                          ContactCheck.Participant p) {
        return switch (type) {
            case NO_CONTACT, CHILDRENS_SERVICES_APPROVAL_ONLY -> true;
            case LETTERS_ONLY -> kind != ContactKind.LETTER && kind != ContactKind.EMAIL_A_PRISONER;
            case SUPERVISED_VISITS_ONLY -> !(kind.visit() && facilitated);
            case NO_CONTACT_WITH_CHILDREN -> isChild(p, on);
        };
    }

    static boolean isChild(ContactCheck.Participant p, LocalDate on) {
        if (p.dateOfBirth() == null) {
            return p.relationToPrisoner() == FamilyRole.CHILD;
        }
        return on.isBefore(p.dateOfBirth().plusYears(18));
    }
}
