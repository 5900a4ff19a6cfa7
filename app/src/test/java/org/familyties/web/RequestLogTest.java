package org.familyties.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.familyties.access.Users;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    People people;

    @Test
    void requestLogHasPathStatusAndUserIdButNoNamesOrQueryStrings(CapturedOutput output) throws Exception {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(RequestLog.class);
        var level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            var caseworker = users.currentUserFor("caseworker").orElseThrow();
            var person = people.inPrison(caseworker, "", 0).get(0);
            mvc.perform(get("/people/" + person.id()).with(Requests.as(users, "caseworker")));
            mvc.perform(get("/people").param("afterName", person.familyName()).param("afterId", "0")
                    .with(Requests.as(users, "caseworker")));

            String log = output.getAll();
            assertThat(log).contains("GET /people/" + person.id() + " 200").contains("user#" + caseworker.userId());
            assertThat(log).doesNotContain(person.familyName()).doesNotContain(person.givenName())
                    .doesNotContain("afterName").doesNotContain("caseworker");
        } finally {
            logger.setLevel(level);
        }
    }
}
