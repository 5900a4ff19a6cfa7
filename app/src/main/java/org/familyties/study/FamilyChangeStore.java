package org.familyties.study;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FamilyChangeStore {

    private final JdbcClient jdbc;

    FamilyChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every status of a study's families (or of one family), by family id then wave id. */
    Map<Long, Map<Long, FamilyStatus>> statuses(long studyId, Long familyId) {
        Map<String, Map<String, FatherContact>> contacts = new HashMap<>();
        // A null parameter's type cannot be inferred by PostgreSQL, so filter by "any family" with -1 instead.
        long family = familyId == null ? -1 : familyId;
        jdbc.sql("select c.family_id, c.wave_id, p.pseudonym, c.contact from study_father_contact c "
                        + "join study_participant p on p.id = c.child_participant_id where p.study_id = :s "
                        + "and (:f = -1 or c.family_id = :f) order by p.pseudonym")
                .param("s", studyId).param("f", family)
                .query((rs, n) -> contacts.computeIfAbsent(rs.getLong(1) + ":" + rs.getLong(2), k -> new LinkedHashMap<>())
                        .put(rs.getString(3), FatherContact.valueOf(rs.getString(4)))).list();
        Map<Long, Map<Long, FamilyStatus>> statuses = new LinkedHashMap<>();
        jdbc.sql("select * from study_family_status where study_id = :s and (:f = -1 or family_id = :f) "
                        + "order by family_id, wave_id")
                .param("s", studyId).param("f", family)
                .query((rs, n) -> {
                    long f = rs.getLong("family_id");
                    long w = rs.getLong("wave_id");
                    String household = rs.getString("household");
                    FamilyStatus status = new FamilyStatus(f, w, household.isEmpty() ? List.of()
                            : Arrays.asList(household.split(",")), rs.getInt("other_adults"), rs.getInt("other_children"),
                            ParentsRelationship.valueOf(rs.getString("parents_relationship")),
                            CustodyStatus.valueOf(rs.getString("father_custody")),
                            contacts.getOrDefault(f + ":" + w, Map.of()));
                    return statuses.computeIfAbsent(f, k -> new LinkedHashMap<>()).put(w, status);
                }).list();
        return statuses;
    }

    void save(long studyId, FamilyStatus s, Map<String, Long> childIds, OffsetDateTime now, String username) {
        jdbc.sql("delete from study_father_contact where family_id = :f and wave_id = :w")
                .param("f", s.familyId()).param("w", s.waveId()).update();
        jdbc.sql("delete from study_family_status where family_id = :f and wave_id = :w")
                .param("f", s.familyId()).param("w", s.waveId()).update();
        jdbc.sql("insert into study_family_status (family_id, wave_id, study_id, household, other_adults, other_children, "
                        + "parents_relationship, father_custody, recorded_at, recorded_by) values "
                        + "(:f, :w, :s, :h, :oa, :oc, :pr, :fc, :at, :by)")
                .param("f", s.familyId()).param("w", s.waveId()).param("s", studyId)
                .param("h", String.join(",", s.household())).param("oa", s.otherAdults()).param("oc", s.otherChildren())
                .param("pr", s.parentsRelationship().name()).param("fc", s.fatherCustody().name())
                .param("at", now).param("by", username).update();
        List<Map.Entry<String, FatherContact>> entries = new ArrayList<>(s.fatherContact().entrySet());
        for (var e : entries) {
            jdbc.sql("insert into study_father_contact (family_id, wave_id, child_participant_id, contact) "
                            + "values (:f, :w, :c, :k)")
                    .param("f", s.familyId()).param("w", s.waveId()).param("c", childIds.get(e.getKey()))
                    .param("k", e.getValue().name()).update();
        }
    }
}
