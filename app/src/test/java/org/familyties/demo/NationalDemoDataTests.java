package org.familyties.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.familyties.estate.Estate;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national-scale generator, run small beside the demo data: its rows hang together (foreign keys are
 * checked on this database) and the identity columns continue after its ids.
 */
@FamilyTiesTest
class NationalDemoDataTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Prisons prisons;
    @Autowired
    Clock clock;
    @Autowired
    org.familyties.people.People people;

    @Test
    void loadsConsistentCaseworkForEachPrison() {
        PrisonView men = prisons.register("X91", "HMP Generated Men", Estate.MENS, "LONDON");
        PrisonView women = prisons.register("X92", "HMP Generated Women", Estate.WOMENS, "WALES");
        Long caseworker = jdbc.queryForObject("select id from app_user where username = 'caseworker'", Long.class);
        var size = new NationalDemoData.Size(2, 12, 1, 1);
        var result = new NationalDemoData(jdbc, new TransactionTemplate(transactions), 5, clock, size).load(
                List.of(new NationalDemoData.Prison(men.id(), false, "LONDON"),
                        new NationalDemoData.Prison(women.id(), true, "WALES")),
                List.of(List.of(caseworker), List.of(caseworker)), done -> { });

        assertThat(result.cases()).isBetween(24L, 48L);
        assertThat(count("select count(*) from family_case where prison_id in (?, ?)", men.id(), women.id()))
                .isEqualTo(result.cases());
        assertThat(count("select count(*) from person where current_prison_id = ? and prison_number like 'W%'",
                women.id())).isEqualTo(12);
        assertThat(result.contacts()).as("about 50 contacts per case").isBetween(result.cases() * 25, result.cases() * 80);
        assertThat(count("select count(*) from contact_participant p join contact_event e on e.id = p.contact_event_id "
                + "join family_case c on c.id = e.case_id left join case_client cc on cc.case_id = c.id "
                + "and cc.person_id = p.person_id where c.prison_id in (?, ?) and cc.person_id is null", men.id(), women.id()))
                .as("everyone in a contact is a client of its case").isZero();
        assertThat(count("select count(*) from family_case where prison_id in (?, ?) and status <> 'CLOSED' "
                + "and allocated_user_id = ?", men.id(), women.id(), caseworker)).isPositive();
        assertThat(count("select count(*) from intervention_enrolment e join intervention_course k on k.id = e.course_id "
                + "where k.prison_id in (?, ?)", men.id(), women.id())).isPositive();

        PrisonView after = prisons.register("X93", "HMP After The Load", Estate.MENS, "LONDON");
        assertThat(after.id()).isGreaterThan(women.id());
        Long maxPerson = jdbc.queryForObject("select max(id) from person", Long.class);
        assertThat(people.registerFamilyMember("After", "Load", null)).isGreaterThan(maxPerson);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
