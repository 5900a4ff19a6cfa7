package org.familyties.study;

import java.util.List;
import java.util.Map;

import org.familyties.instruments.MissingCode;
import org.familyties.instruments.ScaleScores;

/**
 * A participant's record of one instrument at one wave, ready to show or edit.
 *
 * @param status  null when nothing has been saved yet
 * @param fields  the questions branching shows for the saved answers
 * @param missing labels of required questions that are shown and still blank
 * @param raw     the saved answers in REDCap raw form
 * @param entryRefusal why data cannot be entered (no valid consent, withdrawal), or null
 */
public record RecordView(long studyId, Participant participant, InformantRole role, Wave wave, String instrument,
                         String instrumentTitle, RecordStatus status, List<FormField> fields, List<String> missing,
                         Map<String, String> raw, List<ScaleScores> scores, List<MissingCode> missingCodes,
                         String entryRefusal) {
}
