package org.familyties.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.familyties.access.Users;
import org.familyties.casework.ContactCheck;
import org.familyties.casework.ContactKind;
import org.familyties.casework.FamilyRole;
import org.familyties.safeguarding.Restriction;
import org.familyties.safeguarding.RestrictionRules;
import org.familyties.safeguarding.RestrictionSource;
import org.familyties.safeguarding.RestrictionType;
import org.familyties.safeguarding.Safeguarding;
import org.familyties.shared.CurrentUser;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo has safeguarding records that look like practice (restrictions from several sources, some ended and
 * some overdue for review, concerns referred to children's services, liaison, access requests) and no demo
 * contact breaks a demo restriction without a recorded override.
 */
@FamilyTiesTest
class SafeguardingDemoDataTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    Safeguarding safeguarding;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    /** Demo cases were opened in the past; tests make theirs today. */
    final String demoCases = "select id from family_case where opened_on < :today";

    @Test
    void theLeadsWorkListAndTheRecordsShowTheVarietyOfPractice() {
        CurrentUser lead = users.currentUserFor("safeguarding").orElseThrow();
        Safeguarding.WorkList work = safeguarding.workList(lead);
        assertThat(work.reviewsOverdue()).isNotEmpty();
        assertThat(work.accessNeedingAttention()).extracting(g -> g.kind().name()).contains("REQUEST", "BREAK_GLASS");
        assertThat(work.followUpsDue()).isNotEmpty();

        List<String> sources = jdbc.sql("select distinct source from sg_restriction where case_id in (" + demoCases + ")")
                .param("today", today).query(String.class).list();
        assertThat(sources).contains(RestrictionSource.COURT_ORDER.name(), RestrictionSource.CHILD_PROTECTION_PLAN.name(),
                RestrictionSource.PUBLIC_PROTECTION.name());
        assertThat(jdbc.sql("select count(*) from sg_restriction where ends_on <= :today and case_id in (" + demoCases + ")")
                .param("today", today).query(Long.class).single()).as("some have ended").isPositive();
        assertThat(jdbc.sql("select distinct referred_to from sg_concern where referred_to is not null and case_id in ("
                + demoCases + ")").param("today", today).query(String.class).list()).contains("CHILDRENS_SERVICES_MASH");
        assertThat(jdbc.sql("select count(*) from sg_liaison where case_id in (" + demoCases + ")").param("today", today)
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from sg_agency_contact where case_id in (" + demoCases + ")")
                .param("today", today).query(Long.class).single()).isPositive();
    }

    private record Happened(long id, ContactKind kind, boolean facilitated, LocalDate on, List<Long> participants) {
    }

    @Test
    void everyDemoContactThatARestrictionWouldRefuseHasARecordedOverride() {
        List<Restriction> restrictions = jdbc.sql("select * from sg_restriction where case_id in (" + demoCases + ")")
                .param("today", today).query((rs, n) -> {
                    long family = rs.getLong("family_person_id");
                    return new Restriction(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("prisoner_person_id"), "",
                            rs.wasNull() ? null : family, null, RestrictionType.valueOf(rs.getString("kind")),
                            RestrictionSource.valueOf(rs.getString("source")), rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), rs.getObject("review_on", LocalDate.class), null, null, "");
                }).list();
        assertThat(restrictions).hasSizeGreaterThan(20);
        Map<Long, ContactCheck.Participant> people = new HashMap<>();
        jdbc.sql("select distinct p.id, p.date_of_birth, cc.relation_to_prisoner from case_client cc join person p "
                + "on p.id = cc.person_id where cc.role = 'FAMILY_MEMBER'").query(rs -> {
                    people.put(rs.getLong(1), new ContactCheck.Participant(rs.getLong(1), "", rs.getObject(2, LocalDate.class),
                            FamilyRole.valueOf(rs.getString(3))));
                });
        int checked = 0;
        int overridden = 0;
        for (Restriction r : restrictions) {
            Map<Long, Happened> contacts = new HashMap<>();
            jdbc.sql("select e.id, e.kind, e.facilitated, e.occurred_at, p.person_id from contact_event e join family_case f "
                    + "on f.id = e.case_id join contact_participant p on p.contact_event_id = e.id where "
                    + "f.prisoner_person_id = :p and e.outcome = 'HAPPENED'").param("p", r.prisonerPersonId()).query(rs -> {
                        contacts.computeIfAbsent(rs.getLong(1), id -> {
                            try {
                                return new Happened(id, ContactKind.valueOf(rs.getString(2)), rs.getBoolean(3),
                                        rs.getTimestamp(4).toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate(),
                                        new ArrayList<>());
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }).participants().add(rs.getLong(5));
                    });
            for (Happened h : contacts.values()) {
                checked++;
                var breaches = RestrictionRules.breaches(r, h.kind(), h.facilitated(), h.on(),
                        h.participants().stream().map(people::get).toList());
                if (!breaches.isEmpty()) {
                    overridden++;
                    assertThat(jdbc.sql("select count(*) from sg_enforcement where restriction_id = :r and "
                                    + "contact_event_id = :e and decision = 'OVERRIDDEN' and reason is not null")
                            .param("r", r.id()).param("e", h.id()).query(Long.class).single())
                            .as("contact %d breaks restriction %d", h.id(), r.id()).isEqualTo(1);
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(overridden).as("some demo contacts needed an override").isPositive();
    }

    @Test
    void demoPlannedContactsAreUpcomingAndNoneBreaksARestrictionWithoutAnOverride() {
        record Plan(long id, long prisoner, ContactKind kind, boolean facilitated, LocalDate on) {
        }
        List<Plan> plans = jdbc.sql("select p.id, c.prisoner_person_id, p.kind, p.facilitated, p.planned_at from "
                        + "planned_contact p join family_case c on c.id = p.case_id where p.status = 'PLANNED' and "
                        + "p.case_id in (" + demoCases + ")").param("today", today)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), ContactKind.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getTimestamp(5).toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()))
                .list();
        assertThat(plans).isNotEmpty().allSatisfy(p -> assertThat(p.on()).isAfter(today));
        for (Plan p : plans) {
            List<ContactCheck.Participant> who = jdbc.sql("select pp.person_id, per.date_of_birth, cc.relation_to_prisoner "
                            + "from planned_contact_participant pp join person per on per.id = pp.person_id join "
                            + "planned_contact pc on pc.id = pp.planned_contact_id join case_client cc on cc.case_id = "
                            + "pc.case_id and cc.person_id = pp.person_id where pp.planned_contact_id = :p")
                    .param("p", p.id()).query((rs, n) -> new ContactCheck.Participant(rs.getLong(1), "",
                            rs.getObject(2, LocalDate.class), FamilyRole.valueOf(rs.getString(3)))).list();
            List<Restriction> restrictions = jdbc.sql("select * from sg_restriction where prisoner_person_id = :p")
                    .param("p", p.prisoner()).query((rs, n) -> {
                        long family = rs.getLong("family_person_id");
                        return new Restriction(rs.getLong("id"), rs.getLong("case_id"), p.prisoner(), "",
                                rs.wasNull() ? null : family, null, RestrictionType.valueOf(rs.getString("kind")),
                                RestrictionSource.valueOf(rs.getString("source")), rs.getObject("starts_on", LocalDate.class),
                                rs.getObject("ends_on", LocalDate.class), rs.getObject("review_on", LocalDate.class), null,
                                null, "");
                    }).list();
            for (Restriction r : restrictions) {
                if (!RestrictionRules.breaches(r, p.kind(), p.facilitated(), p.on(), who).isEmpty()) {
                    assertThat(jdbc.sql("select count(*) from sg_enforcement where restriction_id = :r and record_id = :p "
                                    + "and action = 'PLANNED' and decision = 'OVERRIDDEN'").param("r", r.id())
                            .param("p", p.id()).query(Long.class).single())
                            .as("plan %d breaks restriction %d", p.id(), r.id()).isEqualTo(1);
                }
            }
        }
    }
}
