package org.familyties.casework;

import java.util.List;

import org.familyties.people.CustodyRecord;

/**
 * Everything the case page shows about one case: the case and its clients, the person in prison's custody,
 * one page of the contact log, planned contacts, restrictions, notes, tasks, outcomes and the contact
 * frequency chart. {@code outcomeChange} is null until the case has intake and closure measures.
 */
public record CaseFile(CaseView caseView, CustodyRecord custody, ContactPage contacts, List<PlannedContactView> planned,
                       List<RestrictionView> restrictions, List<NoteView> notes, List<TaskView> tasks,
                       List<OutcomeView> outcomes, OutcomeChange outcomeChange, ContactFrequency frequency) {
}
