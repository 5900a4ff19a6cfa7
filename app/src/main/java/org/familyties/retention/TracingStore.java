package org.familyties.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.study.InterviewMode;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The retention tables. Rows carry the participant's pseudonym, joined from the study's participants. */
@Repository
class TracingStore {

    private static final String CHANNEL = "select c.id, p.pseudonym, c.kind, c.detail, c.contact_name, c.relationship, "
            + "c.organisation, c.may_be_told, c.valid_from, c.valid_to from retention_channel c "
            + "join study_participant p on p.id = c.participant_id ";
    private static final String LOCATION = "select l.id, p.pseudonym, l.kind, l.address, l.area, l.establishment, "
            + "l.moved_in, l.moved_out, l.learned_from from retention_location l "
            + "join study_participant p on p.id = l.participant_id ";
    private static final String ATTEMPT = "select a.id, p.pseudonym, a.wave_id, a.channel_id, a.channel_kind, "
            + "a.attempted_at, a.outcome, a.made_by, a.notes from retention_attempt a "
            + "join study_participant p on p.id = a.participant_id ";
    private static final String APPOINTMENT = "select a.id, p.pseudonym, a.wave_id, a.starts_at, a.mode, a.place, "
            + "a.status, a.remind_on from retention_appointment a join study_participant p on p.id = a.participant_id ";

    private final JdbcClient jdbc;

    TracingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContactChannel> channels(long participantId) {
        return jdbc.sql(CHANNEL + "where c.participant_id = :p order by c.valid_from desc, c.id desc")
                .param("p", participantId).query(TracingStore::channel).list();
    }

    List<ContactChannel> channelsOfStudy(long studyId) {
        return jdbc.sql(CHANNEL + "where c.study_id = :s order by c.valid_from, c.id").param("s", studyId)
                .query(TracingStore::channel).list();
    }

    long insertChannel(long studyId, long participantId, NewChannel c, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_channel (study_id, participant_id, kind, detail, contact_name, relationship, "
                        + "organisation, may_be_told, valid_from, valid_to, recorded_at, recorded_by) values (:s, :p, :k, "
                        + ":d, :n, :r, :o, :t, :f, :u, :at, :by)")
                .param("s", studyId).param("p", participantId).param("k", c.kind().name()).param("d", c.detail())
                .param("n", c.contactName()).param("r", c.relationship()).param("o", c.organisation())
                .param("t", c.mayBeTold()).param("f", c.validFrom()).param("u", c.validTo()).param("at", now)
                .param("by", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    void endChannel(long channelId, LocalDate lastDay) {
        jdbc.sql("update retention_channel set valid_to = :u where id = :id").param("u", lastDay).param("id", channelId)
                .update();
    }

    List<Location> locations(long participantId) {
        return jdbc.sql(LOCATION + "where l.participant_id = :p order by l.moved_in desc, l.id desc")
                .param("p", participantId).query(TracingStore::location).list();
    }

    List<Location> locationsOfStudy(long studyId) {
        return jdbc.sql(LOCATION + "where l.study_id = :s order by l.moved_in, l.id").param("s", studyId)
                .query(TracingStore::location).list();
    }

    long insertLocation(long studyId, long participantId, NewLocation l, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_location (study_id, participant_id, kind, address, area, establishment, "
                        + "moved_in, moved_out, learned_from, recorded_at, recorded_by) values (:s, :p, :k, :a, :ar, :e, "
                        + ":i, :o, :l, :at, :by)")
                .param("s", studyId).param("p", participantId).param("k", l.kind().name()).param("a", l.address())
                .param("ar", l.area()).param("e", l.establishment()).param("i", l.movedIn()).param("o", l.movedOut())
                .param("l", l.learnedFrom().name()).param("at", now).param("by", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    void endLocation(long locationId, LocalDate movedOut) {
        jdbc.sql("update retention_location set moved_out = :o where id = :id").param("o", movedOut)
                .param("id", locationId).update();
    }

    List<ContactAttempt> attempts(long participantId) {
        return jdbc.sql(ATTEMPT + "where a.participant_id = :p order by a.attempted_at desc, a.id desc")
                .param("p", participantId).query(TracingStore::attempt).list();
    }

    List<ContactAttempt> attemptsOfStudy(long studyId) {
        return jdbc.sql(ATTEMPT + "where a.study_id = :s order by a.attempted_at, a.id").param("s", studyId)
                .query(TracingStore::attempt).list();
    }

    long insertAttempt(long studyId, long participantId, long waveId, ContactChannel channel, LocalDateTime at,
                       AttemptOutcome outcome, String notes, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_attempt (study_id, participant_id, wave_id, channel_id, channel_kind, "
                        + "attempted_at, outcome, made_by, notes, recorded_at) values (:s, :p, :w, :c, :k, :at, :o, :by, "
                        + ":n, :now)")
                .param("s", studyId).param("p", participantId).param("w", waveId).param("c", channel.id())
                .param("k", channel.kind().name()).param("at", at.atZone(UkTime.ZONE).toOffsetDateTime()).param("o", outcome.name())
                .param("by", by).param("n", notes).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Appointment> appointments(long participantId) {
        return jdbc.sql(APPOINTMENT + "where a.participant_id = :p order by a.starts_at desc, a.id desc")
                .param("p", participantId).query(TracingStore::appointment).list();
    }

    List<Appointment> appointmentsOfStudy(long studyId) {
        return jdbc.sql(APPOINTMENT + "where a.study_id = :s order by a.starts_at, a.id").param("s", studyId)
                .query(TracingStore::appointment).list();
    }

    long insertAppointment(long studyId, long participantId, NewAppointment a, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_appointment (study_id, participant_id, wave_id, starts_at, mode, place, status, "
                        + "remind_on, recorded_at, recorded_by) values (:s, :p, :w, :at, :m, :pl, :st, :r, :now, :by)")
                .param("s", studyId).param("p", participantId).param("w", a.waveId())
                .param("at", a.startsAt().atZone(UkTime.ZONE).toOffsetDateTime()).param("m", a.mode().name()).param("pl", a.place())
                .param("st", AppointmentStatus.BOOKED.name()).param("r", a.remindOn()).param("now", now).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateAppointmentStatus(long appointmentId, AppointmentStatus status) {
        jdbc.sql("update retention_appointment set status = :st where id = :id").param("st", status.name())
                .param("id", appointmentId).update();
    }

    List<WaveStatus> statusesOfStudy(long studyId) {
        return jdbc.sql("select p.pseudonym, s.wave_id, s.status, s.note from retention_wave_status s "
                        + "join study_participant p on p.id = s.participant_id where s.study_id = :s")
                .param("s", studyId)
                .query((rs, n) -> new WaveStatus(rs.getString(1), rs.getLong(2), WaveOutcome.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
    }

    Optional<WaveStatus> status(long participantId, long waveId) {
        return jdbc.sql("select p.pseudonym, s.wave_id, s.status, s.note from retention_wave_status s "
                        + "join study_participant p on p.id = s.participant_id where s.participant_id = :p and s.wave_id = :w")
                .param("p", participantId).param("w", waveId)
                .query((rs, n) -> new WaveStatus(rs.getString(1), rs.getLong(2), WaveOutcome.valueOf(rs.getString(3)),
                        rs.getString(4))).optional();
    }

    void saveStatus(long studyId, long participantId, long waveId, WaveOutcome status, String note, OffsetDateTime now,
                    String by) {
        jdbc.sql("delete from retention_wave_status where participant_id = :p and wave_id = :w")
                .param("p", participantId).param("w", waveId).update();
        if (status != null) {
            jdbc.sql("insert into retention_wave_status (participant_id, wave_id, study_id, status, note, set_at, set_by) "
                            + "values (:p, :w, :s, :st, :n, :at, :by)")
                    .param("p", participantId).param("w", waveId).param("s", studyId).param("st", status.name())
                    .param("n", note).param("at", now).param("by", by).update();
        }
    }

    Optional<PriorityWeights> weights(long studyId) {
        return jdbc.sql("select window_urgency, since_last_contact, recent_move, custody, failed_attempts, gatekeeper, "
                        + "recent_move_days, stale_contact_days from retention_priority_weights where study_id = :s")
                .param("s", studyId)
                .query((rs, n) -> new PriorityWeights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8))).optional();
    }

    void saveWeights(long studyId, PriorityWeights w, OffsetDateTime now, String by) {
        jdbc.sql("delete from retention_priority_weights where study_id = :s").param("s", studyId).update();
        jdbc.sql("insert into retention_priority_weights (study_id, window_urgency, since_last_contact, recent_move, "
                        + "custody, failed_attempts, gatekeeper, recent_move_days, stale_contact_days, updated_at, "
                        + "updated_by) values (:s, :a, :b, :c, :d, :e, :f, :g, :h, :at, :by)")
                .param("s", studyId).param("a", w.windowUrgency()).param("b", w.sinceLastContact())
                .param("c", w.recentMove()).param("d", w.custody()).param("e", w.failedAttempts())
                .param("f", w.gatekeeper()).param("g", w.recentMoveDays()).param("h", w.staleContactDays())
                .param("at", now).param("by", by).update();
    }

    /**
     * Per participant id and wave id, how many of their questionnaires are done (complete or verified) and
     * whether any is started: what completed and partial wave outcomes are derived from. A read-only
     * reporting read of the study's records.
     */
    Map<Long, Map<Long, Progress>> recordProgress(long studyId) {
        Map<Long, Map<Long, Progress>> progress = new HashMap<>();
        jdbc.sql("select participant_id, wave_id, instrument, status from study_record where study_id = :s")
                .param("s", studyId)
                .query((RowCallbackHandler) rs -> {
                    Progress set = progress.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new Progress(new java.util.HashSet<>(),
                                    new java.util.HashSet<>()));
                    set.started().add(rs.getString(3));
                    if (!"INCOMPLETE".equals(rs.getString(4))) {
                        set.done().add(rs.getString(3));
                    }
                });
        return progress;
    }

    /** The instruments a participant started and finished at a wave. */
    record Progress(java.util.Set<String> started, java.util.Set<String> done) {
    }

    private static ContactChannel channel(ResultSet rs, int n) throws SQLException {
        return new ContactChannel(rs.getLong(1), rs.getString(2), ChannelKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class));
    }

    private static Location location(ResultSet rs, int n) throws SQLException {
        return new Location(rs.getLong(1), rs.getString(2), PlaceKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                MoveSource.valueOf(rs.getString(9)));
    }

    private static ContactAttempt attempt(ResultSet rs, int n) throws SQLException {
        return new ContactAttempt(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                ChannelKind.valueOf(rs.getString(5)), ukLocal(rs.getObject(6, OffsetDateTime.class)),
                AttemptOutcome.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9));
    }

    private static Appointment appointment(ResultSet rs, int n) throws SQLException {
        return new Appointment(rs.getLong(1), rs.getString(2), rs.getLong(3), ukLocal(rs.getObject(4, OffsetDateTime.class)),
                InterviewMode.valueOf(rs.getString(5)), rs.getString(6), AppointmentStatus.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class));
    }

    private static LocalDateTime ukLocal(OffsetDateTime time) {
        return time.atZoneSameInstant(UkTime.ZONE).toLocalDateTime();
    }
}
