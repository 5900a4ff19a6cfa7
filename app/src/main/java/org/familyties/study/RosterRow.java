package org.familyties.study;

import java.util.List;
import java.util.Map;

/**
 * One family in the roster: its members and, per wave, which members have completed what is scheduled.
 *
 * @param done         per wave id, the pseudonyms of members who completed every instrument scheduled for them
 * @param completeness per wave id, the family's completeness
 */
public record RosterRow(StudyFamily family, List<Member> members, Map<Long, List<String>> done,
                        Map<Long, FamilyCompleteness> completeness) {

    public record Member(Participant participant, String roleName) {
    }

    public FamilyCompleteness at(long waveId) {
        return completeness.getOrDefault(waveId, FamilyCompleteness.NONE);
    }

    public boolean isDone(long waveId, String pseudonym) {
        return done.getOrDefault(waveId, List.of()).contains(pseudonym);
    }
}
