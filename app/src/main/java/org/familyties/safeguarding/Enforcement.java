package org.familyties.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familyties.casework.ContactCheck;
import org.familyties.casework.ContactGuard;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Refuses a contact that breaks a safeguarding restriction in force on the day of the contact (or on any day of
 * a course a family member is enrolled on), naming the restriction and its review date; the same for planning a
 * contact and for adding a family member to a planned one. A safeguarding lead for the case's prison may override it by giving a
 * reason: the override is kept with the contact and audited. Refusals are kept too, for the reports.
 */
@Component
class Enforcement implements ContactGuard {

    private final Restrictions restrictions;
    private final EnforcementLog log;

    Enforcement(Restrictions restrictions, EnforcementLog log) {
        this.restrictions = restrictions;
        this.log = log;
    }

    @Override
    public void check(ContactCheck contact, CurrentUser user) {
        List<Restriction> broken = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Restriction r : restrictions.inForceDuring(contact.prisonerPersonId(), contact.on(), contact.until())) {
            LocalDate day = RestrictionRules.firstDayInForce(r, contact.on());
            var with = RestrictionRules.breaches(r, contact.kind(), contact.facilitated(), day, contact.participants());
            if (!with.isEmpty()) {
                broken.add(r);
                messages.add(what(contact, with.stream().map(ContactCheck.Participant::name).toList())
                        + " is refused by safeguarding " + r.describe());
            }
        }
        carryOverridesFromPlanning(contact, broken, messages, user);
        if (broken.isEmpty()) {
            return;
        }
        boolean lead = user.has(Role.SAFEGUARDING_LEAD) && user.canSeePrison(contact.prisonId());
        String reason = contact.overrideReason() == null ? "" : contact.overrideReason().trim();
        if (lead && !reason.isEmpty()) {
            log.overridden(contact, broken, reason, user);
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String message : messages) {
            if (lead) {
                problems.add(new FieldProblem("overrideReason", message
                        + ". To go ahead, give the reason for overriding it"));
            } else {
                problems.add(new FieldProblem("participantIds", message
                        + ". Only a safeguarding lead can override it" + (reason.isEmpty() ? "" : "; your override was not applied")));
            }
        }
        log.refused(contact, broken, String.join("; ", messages), user);
        throw new InvalidInputException(problems);
    }

    /**
     * A contact recorded as a planned contact having happened keeps the overrides a lead gave when it was
     * planned: those restrictions are recorded as overridden for the contact (naming the lead and the reason)
     * and taken out of {@code broken}, with their messages; any other restriction still needs its own override.
     */
    private void carryOverridesFromPlanning(ContactCheck contact, List<Restriction> broken, List<String> messages,
                                            CurrentUser user) {
        if (contact.plannedContactId() == null || broken.isEmpty()) {
            return;
        }
        var planned = log.overriddenWhenPlanned(contact.plannedContactId());
        for (int i = broken.size() - 1; i >= 0; i--) {
            EnforcementRecord atPlanning = planned.get(broken.get(i).id());
            if (atPlanning != null) {
                log.overridden(contact, List.of(broken.get(i)), "overridden by " + atPlanning.decidedBy()
                        + " when the contact was planned: " + atPlanning.reason(), user);
                broken.remove(i);
                messages.remove(i);
            }
        }
    }

    /** What is refused, in the words of the action the user took. */
    static String what(ContactCheck contact, List<String> names) {
        String who = String.join(" and ", names);
        return switch (contact.action()) {
            case LOGGED -> "Contact with " + who;
            case PLANNED -> "Planning contact with " + who;
            case ENROLLED -> "Enrolling on a course where " + who + " would meet the person in prison";
        };
    }
}
