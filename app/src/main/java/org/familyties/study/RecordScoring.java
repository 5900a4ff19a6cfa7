package org.familyties.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Responses;
import org.familyties.instruments.ScaleDefinition;
import org.familyties.instruments.ScaleDefinitions;
import org.familyties.instruments.ScaleScores;
import org.familyties.instruments.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scores records with the scales attached to their instrument, and keeps the scores with the record. */
@Component
class RecordScoring {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RecordScoring(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<String> scaleIds(long studyId, String instrument) {
        return jdbc.sql("select scale_id from study_instrument_scale where study_id = :s and instrument = :i order by scale_id")
                .param("s", studyId).param("i", instrument).query(String.class).list();
    }

    Map<String, List<ScaleDefinition>> scalesByInstrument(long studyId) {
        Map<String, List<ScaleDefinition>> scales = new HashMap<>();
        jdbc.sql("select instrument, scale_id from study_instrument_scale where study_id = :s").param("s", studyId)
                .query((rs, n) -> scales.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(ScaleDefinitions.builtIn(rs.getString(2)))).list();
        return scales;
    }

    void attach(long studyId, String instrument, List<String> scaleIds) {
        jdbc.sql("delete from study_instrument_scale where study_id = :s and instrument = :i").param("s", studyId)
                .param("i", instrument).update();
        for (String id : scaleIds) {
            jdbc.sql("insert into study_instrument_scale (study_id, instrument, scale_id) values (:s, :i, :c)")
                    .param("s", studyId).param("i", instrument).param("c", id).update();
        }
    }

    List<ScaleScores> scores(long studyId, String instrument, DataDictionary dictionary, Map<String, String> raw) {
        Responses responses = Responses.fromRaw(raw, dictionary);
        return scaleIds(studyId, instrument).stream().map(id -> ScaleDefinitions.builtIn(id).score(responses)).toList();
    }

    void rescore(long studyId, long recordId, String instrument, DataDictionary dictionary, Map<String, String> raw) {
        jdbc.sql("delete from study_score where record_id = :r").param("r", recordId).update();
        List<Object[]> rows = new ArrayList<>();
        for (ScaleScores scores : scores(studyId, instrument, dictionary, raw)) {
            rows.addAll(rows(recordId, scores));
        }
        insert(rows);
    }

    static List<Object[]> rows(long recordId, ScaleScores scores) {
        List<Object[]> rows = new ArrayList<>();
        for (Score s : scores.scores()) {
            rows.add(new Object[] {recordId, scores.scaleId(), s.id(), s.raw(), s.value(), s.band(), s.answered(),
                    s.expected(), s.reason()});
        }
        return rows;
    }

    void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += RecordStore.BATCH) {
            template.batchUpdate("insert into study_score (record_id, scale_id, subscale_id, raw_score, score, band, "
                            + "answered, expected, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + RecordStore.BATCH)));
        }
    }

    void clear(List<Long> recordIds) {
        List<Object[]> rows = recordIds.stream().map(id -> new Object[] {id}).toList();
        for (int from = 0; from < rows.size(); from += RecordStore.BATCH) {
            template.batchUpdate("delete from study_score where record_id = ?",
                    rows.subList(from, Math.min(rows.size(), from + RecordStore.BATCH)));
        }
    }

    /** Stored scores of a record: scale id, subscale id, score (null when not scored). */
    Map<String, Double> stored(long recordId) {
        Map<String, Double> scores = new HashMap<>();
        jdbc.sql("select scale_id, subscale_id, score from study_score where record_id = :r").param("r", recordId)
                .query((rs, n) -> {
                    double v = rs.getDouble(3);
                    scores.put(rs.getString(1) + "." + rs.getString(2), rs.wasNull() ? null : v);
                    return null;
                }).list();
        return scores;
    }
}
