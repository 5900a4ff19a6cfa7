package org.familyties.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    private long personInCaseworkersPrison() {
        return people.inPrison(users.currentUserFor("caseworker").orElseThrow(), "", 0).get(0).id();
    }

    @Test
    void viewingAPersonLeavesAnEntryAndAdministratorsSeeWhoViewedIt() throws Exception {
        long id = personInCaseworkersPrison();
        int before = auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id)).size();

        mvc.perform(get("/people/" + id).with(Requests.as(users, "caseworker"))).andExpect(status().isOk());

        var history = auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id));
        assertThat(history).hasSize(before + 1);
        AuditEntry latest = history.get(0);
        assertThat(latest.actorUsername()).isEqualTo("caseworker");
        assertThat(latest.action()).isEqualTo(AuditAction.READ);
        assertThat(latest.personId()).isEqualTo(id);
        assertThat(latest.remoteAddress()).isNotBlank();

        mvc.perform(get("/admin/audit/record").param("type", People.RECORD_TYPE).param("id", String.valueOf(id))
                        .with(Requests.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("caseworker")));
    }

    @Test
    void apiReadOfAPersonIsAuditedToo() throws Exception {
        long id = personInCaseworkersPrison();
        int before = auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id)).size();
        String token = Requests.token(mvc, "caseworker");
        mvc.perform(get("/api/v1/people/" + id).header("Authorization", Requests.bearer(token)))
                .andExpect(status().isOk());
        assertThat(auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id))).hasSize(before + 1);
    }

    @Test
    void refusedReadOfAnotherPrisonsPersonLeavesNoReadEntry() throws Exception {
        long id = personInCaseworkersPrison();
        int before = auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id)).size();
        mvc.perform(get("/people/" + id).with(Requests.as(users, "caseworker2"))).andExpect(status().isNotFound());
        assertThat(auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id))).hasSize(before);
    }

    @Test
    void changingARowDirectlyIsDetectedAtThatEntry() throws Exception {
        long id = personInCaseworkersPrison();
        mvc.perform(get("/people/" + id).with(Requests.as(users, "caseworker"))).andExpect(status().isOk());
        mvc.perform(get("/people/" + id).with(Requests.as(users, "safeguarding"))).andExpect(status().isOk());
        assertThat(auditLog.verify().intact()).isTrue();

        long target = auditLog.historyOf(People.RECORD_TYPE, String.valueOf(id)).get(1).seq();
        String original = jdbc.sql("select actor_username from audit_event where seq = :s").param("s", target)
                .query(String.class).single();
        try {
            jdbc.sql("update audit_event set actor_username = 'someone-else' where seq = :s").param("s", target).update();
            ChainVerification broken = auditLog.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(target);

            mvc.perform(post("/admin/audit/verify").with(Requests.as(users, "admin")).with(Requests.csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "The audit chain is broken at entry " + target)));
        } finally {
            jdbc.sql("update audit_event set actor_username = :u where seq = :s").param("u", original)
                    .param("s", target).update();
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void deletingTheLastEntryIsDetected() throws Exception {
        long id = personInCaseworkersPrison();
        mvc.perform(get("/people/" + id).with(Requests.as(users, "caseworker"))).andExpect(status().isOk());
        AuditEntry last = auditLog.recent(1).get(0);
        var row = jdbc.sql("select * from audit_event where seq = :s").param("s", last.seq()).query().singleRow();
        try {
            jdbc.sql("delete from audit_event where seq = :s").param("s", last.seq()).update();
            assertThat(auditLog.verify().intact()).isFalse();
        } finally {
            jdbc.sql("insert into audit_event (seq, occurred_at, actor_user_id, actor_username, action, record_type, "
                            + "record_id, person_id, remote_address, reason, details, previous_hash, hash) values "
                            + "(:seq, :occurred_at, :actor_user_id, :actor_username, :action, :record_type, :record_id, "
                            + ":person_id, :remote_address, :reason, :details, :previous_hash, :hash)")
                    .params(row).update();
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void nonAdministratorsCannotSeeTheTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(Requests.as(users, "caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(Requests.as(users, "admin"))).andExpect(status().isOk());
    }
}
