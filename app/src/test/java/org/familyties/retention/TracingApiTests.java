package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.shared.Role;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.familyties.study.WithdrawalChoice;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FamilyTiesTest
class TracingApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    StudyFamilies families;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyConsents consents;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    long study;
    Wave wave1;
    Participant mother;
    String base;

    @BeforeEach
    void setUp() {
        study = RetentionFixtures.study(studies);
        wave1 = RetentionFixtures.wave(designs, studies, users, 1);
        mother = RetentionFixtures.newMember(studies, users, families, "mother", 100);
        base = "/api/v1/studies/" + study + "/participants/" + mother.pseudonym();
    }

    private ResultActions postJson(String url, String json) throws Exception {
        return mvc.perform(post(url).with(Requests.as(users, "datamanager")).with(Requests.csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long addPhone(String number, String from) throws Exception {
        String body = postJson(base + "/channels", "{\"kind\":\"PHONE\",\"detail\":\"" + number + "\",\"validFrom\":\""
                + from + "\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String attempt(long channelId, LocalDateTime at, String outcome, String extra) {
        return "{\"waveId\":" + wave1.id() + ",\"channelId\":" + channelId + ",\"attemptedAt\":\"" + at
                + "\",\"outcome\":\"" + outcome + "\",\"notes\":\"rang twice\"" + extra + "}";
    }

    private long attempts() {
        return jdbc.sql("select count(*) from retention_attempt where participant_id = :p").param("p", mother.id())
                .query(Long.class).single();
    }

    private LocalDateTime yesterday() {
        return LocalDateTime.now(org.familyties.shared.UkTime.ZONE).minusDays(1).withNano(0);
    }

    @Test
    void timesAreUkLocalTimeStoredAsInstantsInSummerAndWinter() throws Exception {
        long phone = addPhone("07700 900124", "2026-01-01");
        postJson(base + "/attempts", attempt(phone, LocalDateTime.parse("2026-07-01T14:00:00"), "NO_ANSWER", ""))
                .andExpect(status().isCreated());
        postJson(base + "/attempts", attempt(phone, LocalDateTime.parse("2026-01-15T14:00:00"), "NO_ANSWER", ""))
                .andExpect(status().isCreated());
        postJson(base + "/appointments", "{\"waveId\":" + wave1.id() + ",\"startsAt\":\"2027-07-01T10:30:00\","
                + "\"mode\":\"PHONE\"}").andExpect(status().isCreated());
        var stored = jdbc.sql("select attempted_at from retention_attempt where participant_id = :p order by attempted_at")
                .param("p", mother.id()).query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).list();
        assertThat(stored).containsExactly(java.time.Instant.parse("2026-01-15T14:00:00Z"),
                java.time.Instant.parse("2026-07-01T13:00:00Z"));
        assertThat(jdbc.sql("select starts_at from retention_appointment where participant_id = :p").param("p", mother.id())
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single())
                .isEqualTo(java.time.Instant.parse("2027-07-01T09:30:00Z"));
        mvc.perform(get(base + "/attempts").with(Requests.as(users, "datamanager")))
                .andExpect(jsonPath("$[*].attemptedAt").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "2026-07-01T14:00:00", "2026-01-15T14:00:00")));
        mvc.perform(get(base + "/appointments").with(Requests.as(users, "datamanager")))
                .andExpect(jsonPath("$[0].startsAt").value("2027-07-01T10:30:00"));
    }

    @Test
    void channelsLocationsAttemptsAndAppointmentsRoundTripAndEveryViewIsAudited() throws Exception {
        long phone = addPhone("07700 900123", "2026-01-01");
        postJson(base + "/channels", "{\"kind\":\"ALTERNATIVE_CONTACT\",\"detail\":\"07700 900999\",\"contactName\":"
                + "\"Aunt Grace\",\"relationship\":\"aunt\",\"mayBeTold\":\"that we are a family study\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.relationship").value("aunt"));
        postJson(base + "/locations", "{\"kind\":\"HOME\",\"address\":\"4 Mill Lane, Lowbridge LB1 2AA\",\"area\":\"LB1\","
                + "\"movedIn\":\"2025-06-01\",\"learnedFrom\":\"PARTICIPANT\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.area").value("LB1"));
        postJson(base + "/attempts", attempt(phone, yesterday(), "NO_ANSWER", ""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.madeBy").value("datamanager"))
                .andExpect(jsonPath("$.channelKind").value("PHONE"));
        String when = LocalDate.now(org.familyties.shared.UkTime.ZONE).plusDays(5) + "T10:30:00";
        postJson(base + "/appointments", "{\"waveId\":" + wave1.id() + ",\"startsAt\":\"" + when + "\",\"mode\":\"PHONE\","
                + "\"remindOn\":\"" + LocalDate.now(org.familyties.shared.UkTime.ZONE) + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("BOOKED"));
        mvc.perform(get("/api/v1/studies/" + study + "/appointments").with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(mother.pseudonym())));

        long before = auditLog.count();
        mvc.perform(get(base + "/channels").with(Requests.as(users, "datamanager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[?(@.kind == 'PHONE')].detail")
                        .value(org.hamcrest.Matchers.contains("07700 900123")));
        mvc.perform(get(base + "/locations").with(Requests.as(users, "datamanager")))
                .andExpect(jsonPath("$[0].address").value("4 Mill Lane, Lowbridge LB1 2AA"));
        mvc.perform(get(base + "/attempts").with(Requests.as(users, "datamanager")))
                .andExpect(jsonPath("$[0].outcome").value("NO_ANSWER"));
        mvc.perform(get("/studies/" + study + "/participants/" + mother.pseudonym() + "/tracing")
                        .with(Requests.as(users, "datamanager"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("07700 900123")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tracegiven Tracefamily")));
        var reads = auditLog.recent(50).stream().filter(e -> e.seq() > before && "datamanager".equals(e.actorUsername())
                && mother.pseudonym().equals(e.recordId())).map(e -> e.recordType()).toList();
        assertThat(reads).contains(ParticipantTracing.CHANNEL, ParticipantTracing.LOCATION, ParticipantTracing.ATTEMPT,
                ParticipantTracing.RECORD_TYPE);
        assertThat(auditLog.historyOf(ParticipantTracing.CHANNEL, String.valueOf(phone))).isNotEmpty();
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsSaved() throws Exception {
        long phone = addPhone("07700 900124", "2026-01-01");
        postJson(base + "/channels", "{\"kind\":\"EMAIL\",\"detail\":\"a@example.org\",\"validFrom\":\"2026-03-01\","
                + "\"validTo\":\"2026-02-01\"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be before the day it became valid")));
        postJson(base + "/channels", "{\"kind\":\"ALTERNATIVE_CONTACT\",\"detail\":\"0123\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("what the participant agreed")));
        postJson(base + "/locations", "{\"kind\":\"HOME\",\"area\":\"LB1\",\"movedIn\":\"2026-03-01\","
                + "\"movedOut\":\"2026-01-01\",\"learnedFrom\":\"PARTICIPANT\"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("full")));
        postJson(base + "/attempts", attempt(phone, LocalDateTime.now(org.familyties.shared.UkTime.ZONE).plusDays(2), "NO_ANSWER", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be in the future")));
        postJson(base + "/attempts", attempt(999_999_999L, yesterday(), "NO_ANSWER", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is not one of")));
        Participant other = RetentionFixtures.newMember(studies, users, families, "mother", 100);
        String otherChannel = postJson("/api/v1/studies/" + study + "/participants/" + other.pseudonym() + "/channels",
                "{\"kind\":\"PHONE\",\"detail\":\"07700 900777\"}").andReturn().getResponse().getContentAsString();
        long othersPhone = ((Number) JsonPath.read(otherChannel, "$.id")).longValue();
        postJson(base + "/attempts", attempt(othersPhone, yesterday(), "NO_ANSWER", ""))
                .andExpect(status().isUnprocessableContent());
        postJson(base + "/attempts", attempt(phone, yesterday(), "MOVED_NEW_DETAILS", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("new contact details")));
        postJson(base + "/attempts", attempt(phone, yesterday(), "MOVED_NEW_DETAILS",
                ",\"newChannel\":{\"kind\":\"PHONE\",\"detail\":\"\"}")).andExpect(status().isUnprocessableContent());
        postJson(base + "/attempts", "{\"waveId\":" + wave1.id() + ",\"channelId\":" + phone + ",\"attemptedAt\":\""
                + yesterday() + "\"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the outcome")));
        assertThat(attempts()).isZero();
        mvc.perform(get(base + "/channels").with(Requests.as(users, "datamanager"))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void movedWithNewDetailsSavesTheNewPhoneEndsTheOldAndMovesHomeInOneGo() throws Exception {
        long phone = addPhone("07700 900125", "2026-01-01");
        postJson(base + "/locations", "{\"kind\":\"HOME\",\"address\":\"4 Mill Lane\",\"area\":\"LB1\","
                + "\"movedIn\":\"2025-06-01\",\"learnedFrom\":\"PARTICIPANT\"}").andExpect(status().isCreated());
        String today = LocalDate.now(org.familyties.shared.UkTime.ZONE).toString();
        postJson(base + "/attempts", attempt(phone, yesterday(), "MOVED_NEW_DETAILS", ",\"newChannel\":{\"kind\":\"PHONE\","
                + "\"detail\":\"07700 900555\",\"validFrom\":\"" + today + "\"},\"newLocation\":{\"kind\":\"HOSTEL\","
                + "\"establishment\":\"Riverside Hostel\",\"address\":\"2 Quay Road\",\"area\":\"Marden\",\"movedIn\":\""
                + today + "\",\"learnedFrom\":\"PARTICIPANT\"}")).andExpect(status().isCreated());
        String channels = mvc.perform(get(base + "/channels").with(Requests.as(users, "datamanager")))
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> list = JsonPath.read(channels, "$");
        assertThat(list.stream().filter(c -> c.get("validTo") == null).map(c -> c.get("detail")))
                .containsExactly("07700 900555");
        assertThat(list.stream().filter(c -> "07700 900125".equals(c.get("detail"))).map(c -> c.get("validTo")))
                .singleElement().isNotNull();
        String places = mvc.perform(get(base + "/locations").with(Requests.as(users, "datamanager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(places, "$[?(@.area == 'LB1')].movedOut")).containsExactly(today);
        postJson(base + "/attempts", attempt(phone, yesterday(), "NUMBER_DEAD", "")).andExpect(status().isCreated());
    }

    @Test
    void aNoFurtherContactWithdrawalRefusesAttemptsAndTakesThemOffTheWorklist() throws Exception {
        long phone = addPhone("07700 900126", "2026-01-01");
        String worklist = "/api/v1/studies/" + study + "/tracing/worklist?wave=" + wave1.id();
        assertThat(mvc.perform(get(worklist).with(Requests.as(users, "datamanager"))).andReturn().getResponse()
                .getContentAsString()).contains(mother.pseudonym());
        consents.withdraw(study, mother.pseudonym(), WithdrawalChoice.NO_FURTHER_CONTACT, LocalDate.now(org.familyties.shared.UkTime.ZONE),
                RetentionFixtures.dataManager(users));
        postJson(base + "/attempts", attempt(phone, yesterday(), "NO_ANSWER", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("asked not to be contacted again")));
        assertThat(attempts()).isZero();
        assertThat(mvc.perform(get(worklist).with(Requests.as(users, "datamanager"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(mother.pseudonym());
    }

    @Test
    void anotherStudysParticipantIsNotFoundAndResearchersAreRefusedContactDetails() throws Exception {
        long otherStudy = studies.register("R" + UUID.randomUUID().toString().substring(0, 6), "Other study");
        String dm = "dm" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new NewUser(dm, "Other Data Manager", "a-long-password-1", Set.of(Role.DATA_MANAGER), Set.of(),
                Set.of(), Set.of(otherStudy)));
        var otherUser = users.currentUserFor(dm).orElseThrow();
        designs.addRole(otherStudy, new org.familyties.study.NewInformantRole("mother", "Mother", "M", false), otherUser);
        var family = families.registerFamily(otherStudy, new NewFamily(null, null, null), otherUser);
        Participant outsider = families.addParticipant(otherStudy, family.id(), new NewParticipant("mother", "Out",
                "Sider", null, null, null), otherUser);
        mvc.perform(get("/api/v1/studies/" + otherStudy + "/participants/" + outsider.pseudonym() + "/channels")
                .with(Requests.as(users, "datamanager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/studies/" + study + "/participants/" + outsider.pseudonym() + "/channels")
                .with(Requests.as(users, "datamanager"))).andExpect(status().isNotFound());
        mvc.perform(get("/studies/" + otherStudy + "/participants/" + outsider.pseudonym() + "/tracing")
                .with(Requests.as(users, "datamanager"))).andExpect(status().isNotFound());
        for (String url : List.of(base + "/channels", base + "/locations", base + "/attempts", base + "/appointments",
                base + "/pathway", "/api/v1/studies/" + study + "/tracing/worklist",
                "/studies/" + study + "/participants/" + mother.pseudonym() + "/tracing",
                "/studies/" + study + "/participants/" + mother.pseudonym() + "/pathway", "/studies/" + study + "/tracing",
                "/studies/" + study + "/tracing/appointments")) {
            mvc.perform(get(url).with(Requests.as(users, "researcher"))).andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/channels").with(Requests.as(users, "researcher")).with(Requests.csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PHONE\",\"detail\":\"1\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void weightsAreValidatedAndStoredPerStudy() throws Exception {
        mvc.perform(put("/api/v1/studies/" + study + "/tracing/weights").with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowUrgency\":-1,\"sinceLastContact\":25,\"recentMove\":15,\"custody\":20,"
                                + "\"failedAttempts\":4,\"gatekeeper\":5,\"recentMoveDays\":0,\"staleContactDays\":180}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("window must be a number of 0 or more")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 1 day")));
        mvc.perform(get("/studies/" + study + "/tracing/weights").with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk());
        mvc.perform(post("/studies/" + study + "/tracing/weights").with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("windowUrgency", "x").param("sinceLastContact", "25")
                        .param("recentMove", "15").param("custody", "20").param("failedAttempts", "4")
                        .param("gatekeeper", "5").param("recentMoveDays", "90").param("staleContactDays", "180"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")));
    }
}
