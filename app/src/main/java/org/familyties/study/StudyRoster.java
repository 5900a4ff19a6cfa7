package org.familyties.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family roster: each family's completeness per wave and informant. */
@Service
@Transactional(readOnly = true)
public class StudyRoster {

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final JdbcClient jdbc;

    StudyRoster(StudyDesigns designs, StudyFamilies families, JdbcClient jdbc) {
        this.designs = designs;
        this.families = families;
        this.jdbc = jdbc;
    }

    public List<RosterRow> roster(long studyId, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        List<Participant> participants = families.participants(studyId, user);
        Map<String, Set<String>> doneInstruments = new HashMap<>();
        jdbc.sql("select participant_id, wave_id, instrument from study_record where study_id = :s and status <> 'INCOMPLETE'")
                .param("s", studyId)
                .query((rs, n) -> doneInstruments.computeIfAbsent(rs.getLong(1) + ":" + rs.getLong(2),
                        k -> new HashSet<>()).add(rs.getString(3)))
                .list();
        Map<String, String> roleNames = new HashMap<>();
        design.roles().forEach(r -> roleNames.put(String.valueOf(r.id()), r.name()));
        List<RosterRow> rows = new ArrayList<>();
        for (StudyFamily family : families.families(studyId, user)) {
            List<Participant> members = participants.stream().filter(p -> p.familyId() == family.id()).toList();
            Map<Long, List<String>> done = new LinkedHashMap<>();
            Map<Long, FamilyCompleteness> completeness = new LinkedHashMap<>();
            for (Wave wave : design.waves()) {
                List<String> doneMembers = new ArrayList<>();
                for (Participant p : members) {
                    List<String> scheduled = design.instrumentsFor(wave.id(), p.roleId());
                    Set<String> have = doneInstruments.getOrDefault(p.id() + ":" + wave.id(), Set.of());
                    if (!scheduled.isEmpty() && have.containsAll(scheduled)) {
                        doneMembers.add(p.pseudonym());
                    }
                }
                done.put(wave.id(), doneMembers);
                completeness.put(wave.id(), FamilyCompleteness.of(doneMembers.size(), members.size()));
            }
            rows.add(new RosterRow(family, members.stream().map(p -> new RosterRow.Member(p,
                    roleNames.get(String.valueOf(p.roleId())))).toList(), done, completeness));
        }
        return rows;
    }
}
