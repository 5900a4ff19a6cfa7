package org.familyties.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.audit.AuditLog;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole case file for the case page in one transaction: the case is loaded and its scope checked
 * once, its clients' identities are read once, and every part viewed is audited in one append to the
 * audit trail, with the same entries as when each part is read on its own.
 */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

    /** Months shown in the contact frequency chart. */
    public static final int FREQUENCY_MONTHS = 12;

    private final Cases cases;
    private final Contacts contacts;
    private final PlannedContacts plannedContacts;
    private final NotesAndTasks notesAndTasks;
    private final Outcomes outcomes;
    private final People people;
    private final AuditLog auditLog;

    CaseFiles(Cases cases, Contacts contacts, PlannedContacts plannedContacts, NotesAndTasks notesAndTasks,
              Outcomes outcomes, People people, AuditLog auditLog) {
        this.cases = cases;
        this.contacts = contacts;
        this.plannedContacts = plannedContacts;
        this.notesAndTasks = notesAndTasks;
        this.outcomes = outcomes;
        this.people = people;
        this.auditLog = auditLog;
    }

    /**
     * The case file of a case in one of the user's prisons (404 otherwise), with the page of contacts after
     * the cursor {@code contactsAfter} (null for the newest).
     */
    public CaseFile read(long id, String contactsAfter, CurrentUser user) {
        Keyset.TimeKey after = Keyset.time(contactsAfter);
        FamilyCase c = cases.load(id, user);
        Map<Long, PersonRecord> names = people.identities(c.clientIds());
        List<OutcomeMeasure> measures = outcomes.measures(c);
        CaseFile file = new CaseFile(cases.toView(c, names), people.custody(c.prisonerPersonId),
                contacts.page(c, after, names), plannedContacts.upcoming(c, names), contacts.restrictions(c, names),
                notesAndTasks.notes(c), notesAndTasks.tasks(c), Outcomes.views(measures, names),
                Outcomes.change(c, measures, names).orElse(null), contacts.frequency(c, FREQUENCY_MONTHS, names));
        auditLog.readAll(reads(c));
        return file;
    }

    private static List<AuditLog.Read> reads(FamilyCase c) {
        List<AuditLog.Read> reads = new ArrayList<>(Cases.caseReads(c));
        String about = "case " + c.id;
        for (String recordType : List.of(Contacts.RECORD_TYPE, PlannedContacts.RECORD_TYPE,
                NotesAndTasks.NOTE_RECORD_TYPE, Outcomes.RECORD_TYPE)) {
            reads.add(new AuditLog.Read(recordType, about, c.prisonerPersonId));
        }
        return reads;
    }
}
