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
class ConsentStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    ConsentStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertAll(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += RecordStore.BATCH) {
            template.batchUpdate("insert into study_consent (study_id, participant_id, wave_id, kind, given_by, "
                    + "given_on, interview, questionnaires, recording, data_linkage, archiving, recorded_at, recorded_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + RecordStore.BATCH)));
        }
    }

    List<Consent> ofStudy(long studyId) {
        return jdbc.sql("select * from study_consent where study_id = :s order by id").param("s", studyId)
                .query(ConsentStore::consent).list();
    }

    List<Consent> ofParticipant(long participantId) {
        return jdbc.sql("select * from study_consent where participant_id = :p order by id").param("p", participantId)
                .query(ConsentStore::consent).list();
    }

    long insert(long studyId, long participantId, NewConsent c, OffsetDateTime now, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_consent (study_id, participant_id, wave_id, kind, given_by, given_on, interview, "
                        + "questionnaires, recording, data_linkage, archiving, recorded_at, recorded_by) values "
                        + "(:s, :p, :w, :k, :by, :on, :i, :q, :r, :l, :a, :at, :u)")
                .param("s", studyId).param("p", participantId).param("w", c.waveId()).param("k", c.kind().name())
                .param("by", c.givenBy()).param("on", c.givenOn()).param("i", c.interview())
                .param("q", c.questionnaires()).param("r", c.recording()).param("l", c.dataLinkage())
                .param("a", c.archiving()).param("at", now).param("u", username).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Withdrawal> withdrawals(long studyId) {
        return jdbc.sql("select w.participant_id, p.pseudonym, w.withdrawn_on, w.choice from study_withdrawal w "
                        + "join study_participant p on p.id = w.participant_id where w.study_id = :s order by p.pseudonym")
                .param("s", studyId).query(ConsentStore::withdrawal).list();
    }

    Optional<Withdrawal> withdrawal(long participantId) {
        return jdbc.sql("select w.participant_id, p.pseudonym, w.withdrawn_on, w.choice from study_withdrawal w "
                        + "join study_participant p on p.id = w.participant_id where w.participant_id = :p")
                .param("p", participantId).query(ConsentStore::withdrawal).optional();
    }

    void saveWithdrawal(long studyId, long participantId, LocalDate on, WithdrawalChoice choice, OffsetDateTime now,
                        String username) {
        jdbc.sql("delete from study_withdrawal where participant_id = :p").param("p", participantId).update();
        jdbc.sql("insert into study_withdrawal (participant_id, study_id, withdrawn_on, choice, recorded_at, recorded_by) "
                        + "values (:p, :s, :on, :c, :at, :u)")
                .param("p", participantId).param("s", studyId).param("on", on).param("c", choice.name())
                .param("at", now).param("u", username).update();
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        return new Consent(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("wave_id"),
                ConsentKind.valueOf(rs.getString("kind")), rs.getString("given_by"),
                rs.getObject("given_on", LocalDate.class), rs.getBoolean("interview"), rs.getBoolean("questionnaires"),
                rs.getBoolean("recording"), rs.getBoolean("data_linkage"), rs.getBoolean("archiving"));
    }

    private static Withdrawal withdrawal(ResultSet rs, int n) throws SQLException {
        return new Withdrawal(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                WithdrawalChoice.valueOf(rs.getString(4)));
    }
}
