package org.familyties.study;

import java.util.List;

import org.familyties.shared.CurrentUser;
import org.familyties.shared.DatabaseProduct;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only extracts of a study's pseudonymous data for analysis and export: every item answer and every
 * scale score, keyed by family code, participant pseudonym, informant role and wave. Never identity, and
 * nothing of participants who withdrew and asked for their data to be removed.
 */
@Service
@Transactional(readOnly = true)
public class StudyDataExtract {

    /** Scale scores appear as variables named {@code <scale>_<subscale>}. */
    public static final String SCORE_SEPARATOR = "_";

    /**
     * One value of one variable for one participant at one wave.
     *
     * @param value the stored answer or score as text (REDCap raw form for items); never null
     * @param score true for scale scores, false for item answers
     */
    public record Observation(String familyCode, String pseudonym, String roleCode, int wavePosition,
                              String waveName, String variable, String value, boolean score) {
    }

    /** Rows fetched at a time when observations are streamed (PostgreSQL keeps a cursor inside the transaction). */
    static final int FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final boolean h2;

    StudyDataExtract(JdbcClient jdbc, JdbcTemplate template, DatabaseProduct database) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
        this.h2 = database.isH2();
    }

    /**
     * Every item answer and scale score of a study, one at a time and in no particular order, so that
     * cohort-scale studies can be exported without holding every observation in memory.
     */
    public void forEachObservation(long studyId, CurrentUser user, java.util.function.Consumer<Observation> each) {
        if (!user.canSeeStudy(studyId)) {
            throw new RecordNotFoundException("Study", studyId);
        }
        // Participants and waves are looked up here once, so each answer row needs a single join.
        java.util.Map<Long, String[]> participants = new java.util.HashMap<>();
        jdbc.sql("""
                select p.id, f.code, p.pseudonym, r.code from study_participant p
                join study_family f on f.id = p.family_id
                join study_informant_role r on r.id = p.role_id
                where p.study_id = :study""").param("study", studyId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> participants.put(rs.getLong(1),
                        new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}));
        java.util.Map<Long, Object[]> waves = new java.util.HashMap<>();
        jdbc.sql("select id, position, name from study_wave where study_id = :study").param("study", studyId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> waves.put(rs.getLong(1),
                        new Object[] {rs.getInt(2), rs.getString(3)}));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        // H2 would otherwise copy the whole result to a temporary file before handing over the first row.
        if (h2) {
            jdbc.sql("set lazy_query_execution true").update();
        }
        try {
            streamObservations(studyId, participants, waves, names, each);
        } finally {
            if (h2) {
                jdbc.sql("set lazy_query_execution false").update();
            }
        }
    }

    private void streamObservations(long studyId, java.util.Map<Long, String[]> participants,
                                    java.util.Map<Long, Object[]> waves, java.util.Map<String, String> names,
                                    java.util.function.Consumer<Observation> each) {
        streaming.sql("""
                select rec.participant_id, rec.wave_id, s.field_name, s.answer
                from study_record rec join study_response s on s.record_id = rec.id
                where rec.study_id = :study""")
                .param("study", studyId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String[] p = participants.get(rs.getLong(1));
                    Object[] w = waves.get(rs.getLong(2));
                    String field = names.computeIfAbsent(rs.getString(3), n -> n);
                    each.accept(new Observation(p[0], p[1], p[2], (Integer) w[0], (String) w[1], field,
                            rs.getString(4), false));
                });
        streaming.sql("""
                select rec.participant_id, rec.wave_id, sc.scale_id, sc.subscale_id, sc.score
                from study_record rec join study_score sc on sc.record_id = rec.id
                where rec.study_id = :study and sc.score is not null""")
                .param("study", studyId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String[] p = participants.get(rs.getLong(1));
                    Object[] w = waves.get(rs.getLong(2));
                    String variable = names.computeIfAbsent(rs.getString(3) + SCORE_SEPARATOR + rs.getString(4), n -> n);
                    each.accept(new Observation(p[0], p[1], p[2], (Integer) w[0], (String) w[1], variable,
                            Double.toString(rs.getDouble(5)), true));
                });
    }

    public List<Observation> observations(long studyId, CurrentUser user) {
        if (!user.canSeeStudy(studyId)) {
            throw new RecordNotFoundException("Study", studyId);
        }
        List<Observation> items = jdbc.sql("""
                select f.code, p.pseudonym, r.code, w.position, w.name, s.field_name, s.answer
                from study_response s
                join study_record rec on rec.id = s.record_id
                join study_participant p on p.id = rec.participant_id
                join study_family f on f.id = p.family_id
                join study_informant_role r on r.id = p.role_id
                join study_wave w on w.id = rec.wave_id
                where rec.study_id = :study and not exists (select 1 from study_withdrawal wd
                    where wd.participant_id = p.id and wd.choice = 'REMOVE_DATA')
                order by f.code, p.pseudonym, w.position, s.field_name""")
                .param("study", studyId)
                .query((rs, n) -> new Observation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), false))
                .list();
        List<Observation> scores = jdbc.sql("""
                select f.code, p.pseudonym, r.code, w.position, w.name, sc.scale_id, sc.subscale_id, sc.score
                from study_score sc
                join study_record rec on rec.id = sc.record_id
                join study_participant p on p.id = rec.participant_id
                join study_family f on f.id = p.family_id
                join study_informant_role r on r.id = p.role_id
                join study_wave w on w.id = rec.wave_id
                where rec.study_id = :study and sc.score is not null and not exists (select 1 from study_withdrawal wd
                    where wd.participant_id = p.id and wd.choice = 'REMOVE_DATA')
                order by f.code, p.pseudonym, w.position, sc.scale_id, sc.subscale_id""")
                .param("study", studyId)
                .query((rs, n) -> new Observation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6) + SCORE_SEPARATOR + rs.getString(7),
                        Double.toString(rs.getDouble(8)), true))
                .list();
        var all = new java.util.ArrayList<Observation>(items.size() + scores.size());
        all.addAll(items);
        all.addAll(scores);
        return all;
    }
}
