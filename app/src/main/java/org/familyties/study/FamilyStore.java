package org.familyties.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FamilyStore {

    private final JdbcClient jdbc;

    FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StudyFamily> families(long studyId) {
        return jdbc.sql("select * from study_family where study_id = :s order by code").param("s", studyId)
                .query(FamilyStore::family).list();
    }

    Optional<StudyFamily> family(long studyId, long familyId) {
        return jdbc.sql("select * from study_family where study_id = :s and id = :f").param("s", studyId)
                .param("f", familyId).query(FamilyStore::family).optional();
    }

    /** Family codes start every member's pseudonym, and pseudonyms are unique across studies, so codes are too. */
    boolean codeTaken(long studyId, String code) {
        return jdbc.sql("select count(*) from study_family where code = :c")
                .param("c", code).query(Long.class).single() > 0;
    }

    long insertFamily(long studyId, String code, NewFamily family, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_family (study_id, code, father_sentence_start, father_release, created_at) "
                        + "values (:s, :c, :fs, :fr, :at)")
                .param("s", studyId).param("c", code).param("fs", family.fatherSentenceStart())
                .param("fr", family.fatherRelease()).param("at", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateEvents(long familyId, LocalDate sentenceStart, LocalDate release) {
        jdbc.sql("update study_family set father_sentence_start = :fs, father_release = :fr where id = :f")
                .param("fs", sentenceStart).param("fr", release).param("f", familyId).update();
    }

    List<Participant> participants(long studyId) {
        return jdbc.sql("select * from study_participant where study_id = :s order by pseudonym").param("s", studyId)
                .query(FamilyStore::participant).list();
    }

    List<Participant> participantsOf(long familyId) {
        return jdbc.sql("select * from study_participant where family_id = :f order by pseudonym").param("f", familyId)
                .query(FamilyStore::participant).list();
    }

    Optional<Participant> participant(long studyId, String pseudonym) {
        return jdbc.sql("select * from study_participant where study_id = :s and pseudonym = :p").param("s", studyId)
                .param("p", pseudonym).query(FamilyStore::participant).optional();
    }

    long insertParticipant(long studyId, long familyId, long roleId, String pseudonym, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_participant (study_id, family_id, role_id, pseudonym, created_at) "
                        + "values (:s, :f, :r, :p, :at)")
                .param("s", studyId).param("f", familyId).param("r", roleId).param("p", pseudonym).param("at", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static StudyFamily family(ResultSet rs, int n) throws SQLException {
        return new StudyFamily(rs.getLong("id"), rs.getLong("study_id"), rs.getString("code"),
                rs.getObject("father_sentence_start", LocalDate.class), rs.getObject("father_release", LocalDate.class));
    }

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getLong("study_id"), rs.getLong("family_id"), rs.getLong("role_id"),
                rs.getString("pseudonym"));
    }
}
