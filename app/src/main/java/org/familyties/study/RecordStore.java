package org.familyties.study;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.shared.DatabaseProduct;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Records and their item responses, one narrow row per answered field. */
@Repository
class RecordStore {

    static final int BATCH = 2_000;

    record StoredRecord(long id, long participantId, long waveId, String instrument, RecordStatus status) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private final DatabaseProduct database;

    RecordStore(JdbcClient jdbc, JdbcTemplate template, DatabaseProduct database) {
        this.database = database;
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<StoredRecord> find(long participantId, long waveId, String instrument) {
        return jdbc.sql("select id, participant_id, wave_id, instrument, status from study_record "
                        + "where participant_id = :p and wave_id = :w and instrument = :i")
                .param("p", participantId).param("w", waveId).param("i", instrument)
                .query((rs, n) -> new StoredRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        RecordStatus.valueOf(rs.getString(5)))).optional();
    }

    List<StoredRecord> recordsOf(long participantId) {
        return jdbc.sql("select id, participant_id, wave_id, instrument, status from study_record where participant_id = :p")
                .param("p", participantId)
                .query((rs, n) -> new StoredRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        RecordStatus.valueOf(rs.getString(5)))).list();
    }

    Map<String, String> responses(long recordId) {
        Map<String, String> raw = new LinkedHashMap<>();
        jdbc.sql("select field_name, answer from study_response where record_id = :r order by field_name")
                .param("r", recordId).query((rs, n) -> raw.put(rs.getString(1), rs.getString(2))).list();
        return raw;
    }

    long insert(long studyId, long participantId, long waveId, String instrument, RecordStatus status,
                OffsetDateTime now, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into study_record (study_id, participant_id, wave_id, instrument, status, updated_at, updated_by) "
                        + "values (:s, :p, :w, :i, :st, :at, :by)")
                .param("s", studyId).param("p", participantId).param("w", waveId).param("i", instrument)
                .param("st", status.name()).param("at", now).param("by", username).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateStatus(long recordId, RecordStatus status, OffsetDateTime now, String username) {
        jdbc.sql("update study_record set status = :st, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "where id = :r")
                .param("st", status.name()).param("at", now).param("by", username).param("r", recordId).update();
    }

    void replaceResponses(long recordId, Map<String, String> raw) {
        jdbc.sql("delete from study_response where record_id = :r").param("r", recordId).update();
        List<Object[]> rows = new ArrayList<>();
        raw.forEach((field, answer) -> rows.add(new Object[] {recordId, field, answer}));
        template.batchUpdate("insert into study_response (record_id, field_name, answer) values (?, ?, ?)", rows);
    }

    /** Record ids of a study by participant, wave and instrument. */
    Map<String, Long> recordIds(long studyId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, participant_id, wave_id, instrument from study_record where study_id = :s")
                .param("s", studyId)
                .query((rs, n) -> ids.put(key(rs.getLong(2), rs.getLong(3), rs.getString(4)), rs.getLong(1))).list();
        return ids;
    }

    static String key(long participantId, long waveId, String instrument) {
        return participantId + ":" + waveId + ":" + instrument;
    }

    /** Removes the responses of existing records, in batches, before they are imported again. */
    void clearResponses(List<Long> recordIds) {
        List<Object[]> rows = recordIds.stream().map(id -> new Object[] {id}).toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate("delete from study_response where record_id = ?",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    void batchUpdateStatus(List<Object[]> statusAtById) {
        for (int from = 0; from < statusAtById.size(); from += BATCH) {
            template.batchUpdate("update study_record set status = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                    + "where id = ?", statusAtById.subList(from, Math.min(statusAtById.size(), from + BATCH)));
        }
    }

    void batchInsertRecords(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate("insert into study_record (study_id, participant_id, wave_id, instrument, status, "
                    + "updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /**
     * Inserts answers (record id, field name, answer): on PostgreSQL with COPY, elsewhere many rows to a statement
     * and many statements to a batch, since per-statement work costs more than the rows.
     */
    void batchInsertResponses(List<Object[]> rows) {
        if (database.isPostgres()) {
            copyResponses(rows);
            return;
        }
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            String sql = multiRowInsert(ROWS_PER_INSERT);
            List<Object[]> statements = new ArrayList<>();
            for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                Object[] args = new Object[ROWS_PER_INSERT * 3];
                for (int r = 0; r < ROWS_PER_INSERT; r++) {
                    System.arraycopy(rows.get(from + r), 0, args, r * 3, 3);
                }
                statements.add(args);
                if (statements.size() == STATEMENTS_PER_BATCH) {
                    template.batchUpdate(sql, statements);
                    statements.clear();
                }
            }
            if (!statements.isEmpty()) {
                template.batchUpdate(sql, statements);
            }
        }
        if (full < rows.size()) {
            template.batchUpdate("insert into study_response (record_id, field_name, answer) values (?, ?, ?)",
                    rows.subList(full, rows.size()));
        }
    }

    /** On PostgreSQL, COPY in the caller's transaction: several times faster than any insert statement. */
    private void copyResponses(List<Object[]> rows) {
        template.execute((ConnectionCallback<Void>) connection -> {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder csv = new StringBuilder();
            for (int from = 0; from < rows.size(); from += COPY_ROWS) {
                csv.setLength(0);
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + COPY_ROWS))) {
                    csv.append(row[0]).append(',');
                    quoted(csv, (String) row[1]).append(',');
                    quoted(csv, (String) row[2]).append('\n');
                }
                try {
                    copy.copyIn("copy study_response (record_id, field_name, answer) from stdin with (format csv)",
                            new StringReader(csv.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    private static StringBuilder quoted(StringBuilder csv, String text) {
        return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }


    static final int COPY_ROWS = 50_000;
    static final int ROWS_PER_INSERT = 200;
    static final int STATEMENTS_PER_BATCH = 50;

    private static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder("insert into study_response (record_id, field_name, answer) values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        return sql.toString();
    }

    List<ExportedRecord> export(long studyId, boolean includeRemoved) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("select a.record_id, a.field_name, a.answer from study_response a "
                        + "join study_record r on r.id = a.record_id where r.study_id = :s order by a.record_id, a.field_name")
                .param("s", studyId)
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3))).list();
        return jdbc.sql("select r.id, p.pseudonym, f.code, ro.code as role_code, w.name, w.position, r.instrument, r.status "
                        + "from study_record r join study_participant p on p.id = r.participant_id "
                        + "join study_family f on f.id = p.family_id join study_informant_role ro on ro.id = p.role_id "
                        + "join study_wave w on w.id = r.wave_id "
                        + "left join study_withdrawal x on x.participant_id = p.id and x.choice = 'REMOVE_DATA' "
                        + "where r.study_id = :s and (:all = 1 or x.participant_id is null) "
                        + "order by f.code, p.pseudonym, w.position, r.instrument")
                .param("s", studyId).param("all", includeRemoved ? 1 : 0)
                .query((rs, n) -> new ExportedRecord(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), RecordStatus.valueOf(rs.getString(8)),
                        answers.getOrDefault(rs.getLong(1), Map.of()))).list();
    }
}
