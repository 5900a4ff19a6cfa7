package org.familyties.study;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DesignStore {

    private final JdbcClient jdbc;

    DesignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Wave> waves(long studyId) {
        return jdbc.sql("select * from study_wave where study_id = :s order by position, id").param("s", studyId)
                .query(DesignStore::wave).list();
    }

    List<InformantRole> roles(long studyId) {
        return jdbc.sql("select * from study_informant_role where study_id = :s order by id").param("s", studyId)
                .query((rs, n) -> new InformantRole(rs.getLong("id"), rs.getLong("study_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("pseudonym_suffix"), rs.getBoolean("child"))).list();
    }

    List<ScheduleEntry> schedule(long studyId) {
        return jdbc.sql("select s.wave_id, s.role_id, s.instrument from study_schedule s "
                        + "join study_wave w on w.id = s.wave_id where s.study_id = :s "
                        + "order by w.position, s.role_id, s.instrument").param("s", studyId)
                .query((rs, n) -> new ScheduleEntry(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    long insertWave(long studyId, String name, int position, WaveWindow window) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into study_wave (study_id, name, position, window_kind, window_start, window_end, life_event, "
                        + "offset_start_days, offset_end_days) values (:s, :n, :p, :k, :ws, :we, :e, :os, :oe)")
                .param("s", studyId).param("n", name).param("p", position).param("k", window.kind().name())
                .param("ws", window.start()).param("we", window.end())
                .param("e", window.event() == null ? null : window.event().name())
                .param("os", window.offsetStartDays()).param("oe", window.offsetEndDays())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertRole(long studyId, NewInformantRole role) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into study_informant_role (study_id, code, name, pseudonym_suffix, child) "
                        + "values (:s, :c, :n, :x, :child)")
                .param("s", studyId).param("c", role.code()).param("n", role.name())
                .param("x", role.pseudonymSuffix()).param("child", role.child()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void replaceSchedule(long studyId, List<ScheduleEntry> entries) {
        jdbc.sql("delete from study_schedule where study_id = :s").param("s", studyId).update();
        for (ScheduleEntry e : entries) {
            jdbc.sql("insert into study_schedule (study_id, wave_id, role_id, instrument) values (:s, :w, :r, :i)")
                    .param("s", studyId).param("w", e.waveId()).param("r", e.roleId()).param("i", e.instrument())
                    .update();
        }
    }

    private static Wave wave(ResultSet rs, int n) throws SQLException {
        WaveWindow.Kind kind = WaveWindow.Kind.valueOf(rs.getString("window_kind"));
        String event = rs.getString("life_event");
        Date start = rs.getDate("window_start");
        Date end = rs.getDate("window_end");
        int os = rs.getInt("offset_start_days");
        Integer offsetStart = rs.wasNull() ? null : os;
        int oe = rs.getInt("offset_end_days");
        Integer offsetEnd = rs.wasNull() ? null : oe;
        WaveWindow window = new WaveWindow(kind, start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(), event == null ? null : LifeEvent.valueOf(event), offsetStart,
                offsetEnd);
        return new Wave(rs.getLong("id"), rs.getLong("study_id"), rs.getString("name"), rs.getInt("position"), window);
    }
}
