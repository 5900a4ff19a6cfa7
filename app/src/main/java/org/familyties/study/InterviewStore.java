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
class InterviewStore {

    private static final String INTERVIEW = "select i.*, p.pseudonym, "
            + "(select count(*) from study_transcript t where t.interview_id = i.id) as transcripts "
            + "from study_interview i join study_participant p on p.id = i.participant_id ";
    private static final String EXCERPT = "select e.*, c.name as code_name, p.pseudonym, w.name as wave_name "
            + "from study_excerpt e join study_code c on c.id = e.code_id join study_interview i on i.id = e.interview_id "
            + "join study_participant p on p.id = i.participant_id join study_wave w on w.id = i.wave_id ";

    private final JdbcClient jdbc;

    InterviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Interview> interviews(long studyId) {
        return jdbc.sql(INTERVIEW + "where i.study_id = :s order by i.interviewed_on, i.id").param("s", studyId)
                .query(InterviewStore::interview).list();
    }

    Optional<Interview> interview(long studyId, long id) {
        return jdbc.sql(INTERVIEW + "where i.study_id = :s and i.id = :i").param("s", studyId).param("i", id)
                .query(InterviewStore::interview).optional();
    }

    long insert(long studyId, long participantId, NewInterview i, OffsetDateTime now, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_interview (study_id, participant_id, wave_id, interviewed_on, interviewer, mode, "
                        + "duration_minutes, recorded_at, recorded_by) values (:s, :p, :w, :on, :by, :m, :d, :at, :u)")
                .param("s", studyId).param("p", participantId).param("w", i.waveId()).param("on", i.interviewedOn())
                .param("by", i.interviewer()).param("m", i.mode().name()).param("d", i.durationMinutes())
                .param("at", now).param("u", username).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<String> transcript(long interviewId) {
        return jdbc.sql("select body from study_transcript where interview_id = :i").param("i", interviewId)
                .query(String.class).optional();
    }

    void saveTranscript(long interviewId, String text, List<Transcript.Replacement> log, OffsetDateTime now,
                        String username) {
        jdbc.sql("delete from study_excerpt where interview_id = :i").param("i", interviewId).update();
        jdbc.sql("delete from study_pseudonymisation_log where interview_id = :i").param("i", interviewId).update();
        jdbc.sql("delete from study_transcript where interview_id = :i").param("i", interviewId).update();
        jdbc.sql("insert into study_transcript (interview_id, body, uploaded_at, uploaded_by) values (:i, :b, :at, :u)")
                .param("i", interviewId).param("b", text).param("at", now).param("u", username).update();
        for (Transcript.Replacement r : log) {
            jdbc.sql("insert into study_pseudonymisation_log (interview_id, placeholder, original, occurrences) "
                            + "values (:i, :p, :o, :n)")
                    .param("i", interviewId).param("p", r.placeholder()).param("o", r.original())
                    .param("n", r.occurrences()).update();
        }
    }

    List<Transcript.Replacement> log(long interviewId) {
        return jdbc.sql("select placeholder, original, occurrences from study_pseudonymisation_log "
                        + "where interview_id = :i order by placeholder, original").param("i", interviewId)
                .query((rs, n) -> new Transcript.Replacement(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    List<Code> codes(long studyId) {
        return jdbc.sql("select * from study_code where study_id = :s order by name").param("s", studyId)
                .query((rs, n) -> new Code(rs.getLong("id"), rs.getLong("study_id"), rs.getString("name"),
                        rs.getString("description"))).list();
    }

    long insertCode(long studyId, String name, String description) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_code (study_id, name, description) values (:s, :n, :d)")
                .param("s", studyId).param("n", name).param("d", description).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertExcerpt(long interviewId, long codeId, int start, int end, String text, OffsetDateTime now,
                       String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_excerpt (interview_id, code_id, start_offset, end_offset, excerpt, created_at, "
                        + "created_by) values (:i, :c, :s, :e, :t, :at, :u)")
                .param("i", interviewId).param("c", codeId).param("s", start).param("e", end).param("t", text)
                .param("at", now).param("u", username).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Excerpt> excerptsOfInterview(long interviewId) {
        return jdbc.sql(EXCERPT + "where e.interview_id = :i order by e.start_offset").param("i", interviewId)
                .query(InterviewStore::excerpt).list();
    }

    List<Excerpt> excerptsOfCode(long codeId) {
        return jdbc.sql(EXCERPT + "where e.code_id = :c order by w.position, p.pseudonym, e.start_offset")
                .param("c", codeId).query(InterviewStore::excerpt).list();
    }

    private static Interview interview(ResultSet rs, int n) throws SQLException {
        return new Interview(rs.getLong("id"), rs.getLong("study_id"), rs.getString("pseudonym"), rs.getLong("wave_id"),
                rs.getObject("interviewed_on", LocalDate.class), rs.getString("interviewer"),
                InterviewMode.valueOf(rs.getString("mode")), rs.getInt("duration_minutes"), rs.getLong("transcripts") > 0);
    }

    private static Excerpt excerpt(ResultSet rs, int n) throws SQLException {
        return new Excerpt(rs.getLong("id"), rs.getLong("interview_id"), rs.getLong("code_id"), rs.getString("code_name"),
                rs.getString("pseudonym"), rs.getString("wave_name"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getString("excerpt"));
    }
}
