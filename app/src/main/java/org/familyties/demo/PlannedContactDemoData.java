package org.familyties.demo;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.familyties.casework.ContactCheck;
import org.familyties.casework.ContactKind;
import org.familyties.casework.FamilyRole;
import org.familyties.safeguarding.Restriction;
import org.familyties.safeguarding.RestrictionRules;
import org.familyties.safeguarding.RestrictionSource;
import org.familyties.safeguarding.RestrictionType;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Upcoming planned contacts on the active demo cases of the given prisons. Loaded after the safeguarding demo
 * data: a plan that a restriction would refuse leaves out the family member concerned, or, when nobody would be
 * left, carries the safeguarding lead's recorded override. Fixed seed.
 */
final class PlannedContactDemoData {

    private static final ContactKind[] KINDS = {ContactKind.SOCIAL_VISIT, ContactKind.SOCIAL_VISIT,
        ContactKind.FAMILY_DAY, ContactKind.CHILD_CENTRED_VISIT, ContactKind.VIDEO_CALL, ContactKind.PHONE_CALL};

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final Instant now;

    PlannedContactDemoData(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.today = UkTime.today(clock);
        this.now = clock.instant();
    }

    private record Case(long id, long prisonId, long prisonerId, List<ContactCheck.Participant> family) {
    }

    /** Returns how many contacts were planned. */
    int load(List<Long> prisonIds) {
        Map<Long, Case> cases = new LinkedHashMap<>();
        for (long prison : prisonIds) {
            jdbc.query("select c.id, c.prison_id, c.prisoner_person_id, p.id, p.date_of_birth, cc.relation_to_prisoner "
                    + "from family_case c join case_client cc on cc.case_id = c.id and cc.role = 'FAMILY_MEMBER' "
                    + "join person p on p.id = cc.person_id where c.prison_id = ? and c.status in ('ACTIVE', 'REVIEW') "
                    + "order by c.id, p.id", rs -> {
                        cases.computeIfAbsent(rs.getLong(1), id -> {
                            try {
                                return new Case(id, rs.getLong(2), rs.getLong(3), new ArrayList<>());
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }).family().add(new ContactCheck.Participant(rs.getLong(4), "", rs.getObject(5, LocalDate.class),
                                FamilyRole.valueOf(rs.getString(6))));
                    }, prison);
        }
        int planned = 0;
        for (Case c : cases.values()) {
            if (random.nextInt(2) != 0) {
                continue;
            }
            ContactKind kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate day = today.plusDays(2 + random.nextInt(24));
            boolean facilitated = kind.visit() && random.nextBoolean();
            List<ContactCheck.Participant> who = new ArrayList<>(c.family().subList(0,
                    Math.min(c.family().size(), 1 + random.nextInt(2))));
            List<Restriction> restrictions = restrictions(c.prisonerId());
            for (Restriction r : restrictions) {
                var with = RestrictionRules.breaches(r, kind, facilitated, day, who);
                if (!with.isEmpty() && with.size() < who.size()) {
                    who.removeAll(with);
                }
            }
            List<Restriction> broken = restrictions.stream()
                    .filter(r -> !RestrictionRules.breaches(r, kind, facilitated, day, who).isEmpty()).toList();
            long planId = plan(c, kind, day, facilitated, who);
            for (Restriction r : broken) {
                jdbc.update("insert into sg_enforcement (case_id, prison_id, restriction_id, decision, action, contact_kind, "
                        + "record_id, reason, decided_by, decided_at) values (?, ?, ?, 'OVERRIDDEN', 'PLANNED', ?, ?, ?, ?, ?)",
                        c.id(), c.prisonId(), r.id(), kind.name(), planId,
                        "Social worker approved this contact; supervised by the family engagement team",
                        SafeguardingDemoData.LEAD, Timestamp.from(now.minusSeconds(7200)));
            }
            planned++;
        }
        return planned;
    }

    private List<Restriction> restrictions(long prisonerId) {
        return jdbc.query("select * from sg_restriction where prisoner_person_id = ?", (rs, n) -> {
            long family = rs.getLong("family_person_id");
            return new Restriction(rs.getLong("id"), rs.getLong("case_id"), prisonerId, "", rs.wasNull() ? null : family,
                    null, RestrictionType.valueOf(rs.getString("kind")), RestrictionSource.valueOf(rs.getString("source")),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                    rs.getObject("review_on", LocalDate.class), null, null, "");
        }, prisonerId);
    }

    private long plan(Case c, ContactKind kind, LocalDate day, boolean facilitated, List<ContactCheck.Participant> who) {
        var keys = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(day.atTime(random.nextBoolean() ? 10 : 14, 0).atZone(UkTime.ZONE).toInstant());
        Timestamp created = Timestamp.from(now.minusSeconds(86400L * (1 + random.nextInt(10))));
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into planned_contact (case_id, kind, planned_at, "
                    + "facilitated, note, status, planned_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, "
                    + "'PLANNED', 'caseworker', ?, ?, 0)", new String[] {"id"});
            ps.setLong(1, c.id());
            ps.setString(2, kind.name());
            ps.setTimestamp(3, at);
            ps.setBoolean(4, facilitated);
            ps.setString(5, kind.visit() ? "Booked with the visits hall" : null);
            ps.setTimestamp(6, created);
            ps.setTimestamp(7, created);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        who.forEach(p -> jdbc.update("insert into planned_contact_participant (planned_contact_id, person_id) values (?, ?)",
                id, p.personId()));
        return id;
    }
}
