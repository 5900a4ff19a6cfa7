package org.familyties.safeguarding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.ClientView;
import org.familyties.casework.ContactView;
import org.familyties.casework.Contacts;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One child's chronology: case events, contacts the child took part in, concerns about the child, restrictions
 * that cover the child, enforcement of them, and agency liaison about the child or the whole case, merged and
 * dated (oldest first). It holds safeguarding records, so it needs need-to-know access.
 */
@Service
@Transactional(readOnly = true)
public class Chronology {

    private final Cases cases;
    private final Contacts contacts;
    private final Safeguarding safeguarding;

    Chronology(Cases cases, Contacts contacts, Safeguarding safeguarding) {
        this.cases = cases;
        this.contacts = contacts;
        this.safeguarding = safeguarding;
    }

    /**
     * One dated line: {@code category} and {@code label} are message keys, {@code detail} the record's own words.
     */
    public record Entry(LocalDate on, String category, String label, String detail) {
    }

    public record ChildChronology(CaseView caseView, ClientView child, List<Entry> entries) {
    }

    public ChildChronology forChild(long caseId, long childPersonId, CurrentUser user) {
        CaseSafeguarding records = safeguarding.forCase(caseId, user);
        if (records.restricted()) {
            throw new NeedToKnowException(caseId);
        }
        CaseView c = cases.view(caseId, user);
        ClientView child = c.familyMembers().stream().filter(f -> f.personId() == childPersonId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Person", childPersonId));
        List<Entry> entries = new ArrayList<>();
        ZoneId zone = UkTime.ZONE;
        c.history().forEach(h -> entries.add(new Entry(h.changedAt().atZone(zone).toLocalDate(), "chronology.case",
                "case.status." + h.status().name(), h.note() == null ? "" : h.note())));
        for (ContactView k : contacts.forCase(caseId, user)) {
            if (k.participantIds().contains(childPersonId)) {
                entries.add(new Entry(k.occurredAt().toLocalDate(), "chronology.contact",
                        "contact.kind." + k.kind().name(), String.join(", ", k.participantNames())
                        + (k.note() == null ? "" : ". " + k.note())));
            }
        }
        records.concerns().stream().filter(x -> x.subjectPersonId() == childPersonId).forEach(x -> {
            entries.add(new Entry(x.raisedOn(), "chronology.concern", "concern.category." + x.category().name(),
                    x.description()));
            if (x.referredOn() != null) {
                entries.add(new Entry(x.referredOn(), "chronology.referral", "concern.referredTo." + x.referredTo().name(),
                        x.outcome() == null ? "" : x.outcome()));
            }
        });
        List<Long> covering = new ArrayList<>();
        for (Restriction r : records.restrictions()) {
            boolean covers = r.familyPersonId() == null ? isChild(child, r.startsOn())
                    : r.familyPersonId() == childPersonId;
            if (covers) {
                covering.add(r.id());
                entries.add(new Entry(r.startsOn(), "chronology.restriction", "sg.restriction.type." + r.type().name(),
                        r.describe()));
                if (r.endsOn() != null) {
                    entries.add(new Entry(r.endsOn(), "chronology.restrictionEnded", "sg.restriction.type." + r.type().name(),
                            "restriction " + r.id()));
                }
            }
        }
        records.enforcement().stream().filter(e -> covering.contains(e.restrictionId())).forEach(e ->
                entries.add(new Entry(e.decidedAt().atZone(zone).toLocalDate(), "chronology.enforcement",
                        "sg.enforcement." + e.decision().name(), "restriction " + e.restrictionId()
                        + (e.reason() == null ? "" : ": " + e.reason()) + " (" + e.decidedBy() + ")")));
        records.liaison().stream().filter(l -> l.childPersonId() == null || l.childPersonId() == childPersonId)
                .forEach(l -> entries.add(new Entry(l.heldOn(), "chronology.liaison", "sg.liaison.kind." + l.kind().name(),
                        l.summary() + (l.sharedWhat() == null ? "" : ". Shared " + l.sharedWhat() + " with "
                                + l.sharedWith() + " (" + l.basis().name().toLowerCase().replace('_', ' ') + ")"))));
        entries.sort(Comparator.comparing(Entry::on));
        return new ChildChronology(c, child, entries);
    }

    private static boolean isChild(ClientView child, LocalDate on) {
        return child.dateOfBirth() == null || on.isBefore(child.dateOfBirth().plusYears(18));
    }
}
