package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyties.access.Users;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@FamilyTiesTest
class RetentionPageTests {

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
    ParticipantTracing tracing;
    @Autowired
    JdbcClient jdbc;

    private String page(String url, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(Requests.as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDemoStudyHasRealisticRetentionHistories() {
        long study = RetentionFixtures.study(studies);
        List<String> kinds = jdbc.sql("select distinct kind from retention_location where study_id = :s").param("s", study)
                .query(String.class).list();
        assertThat(kinds).contains("HOME", "PRISON", "APPROVED_PREMISES");
        List<String> outcomes = jdbc.sql("select distinct outcome from retention_attempt where study_id = :s")
                .param("s", study).query(String.class).list();
        assertThat(outcomes).contains("NO_ANSWER", "INTERVIEW_DONE", "REFUSED_THIS_WAVE", "NUMBER_DEAD",
                "IN_CUSTODY_ARRANGE_PRISON_VISIT", "SPOKE_APPOINTMENT_MADE");
        assertThat(jdbc.sql("select count(*) from retention_channel where study_id = :s and kind = 'ALTERNATIVE_CONTACT' "
                + "and organisation is not null").param("s", study).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from retention_appointment where study_id = :s").param("s", study)
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from retention_attempt a join study_withdrawal w on w.participant_id = "
                + "a.participant_id where a.attempted_at > w.withdrawn_on").query(Long.class).single()).isZero();
    }

    @Test
    void theWorklistIsOrderedByScoreWithReasonsAndASuggestedChannel() throws Exception {
        long study = RetentionFixtures.study(studies);
        String body = page("/studies/" + study + "/tracing", "datamanager");
        assertThat(body).contains("Tracing worklist").contains("Next channel");
        Matcher m = Pattern.compile("ft-score\">([0-9.]+)<").matcher(body);
        List<Double> scores = new ArrayList<>();
        while (m.find()) {
            scores.add(Double.valueOf(m.group(1)));
        }
        assertThat(scores).hasSizeGreaterThan(3);
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(body).containsAnyOf("Wave window closes in", "Never reached", "Not reached for");
    }

    @Test
    void thePathwayShowsWavesPlacesAndAttemptsAsAnAccessibleChartAndTable() throws Exception {
        long study = RetentionFixtures.study(studies);
        String pseudonym = jdbc.sql("select p.pseudonym from study_participant p join study_informant_role r on "
                + "r.id = p.role_id where p.study_id = :s and r.code = 'father' and exists (select 1 from retention_attempt "
                + "a where a.participant_id = p.id) order by p.id").param("s", study).query(String.class).list().get(0);
        String body = page("/studies/" + study + "/participants/" + pseudonym + "/pathway", "datamanager");
        assertThat(body).contains("role=\"img\"").contains("<title id=\"pathway-" + pseudonym + "-title\">")
                .contains("<desc").contains("HMP ").contains("During sentence").contains("Contact attempts")
                .contains("<polygon");
        Participant father = RetentionFixtures.newMember(studies, users, families, "father", 100);
        String family = page("/studies/" + study + "/families/" + father.familyId() + "/pathways", "datamanager");
        assertThat(family).contains(father.pseudonym()).contains("Pending");
        mvc.perform(get("/studies/" + study + "/families/999999/pathways").with(Requests.as(users, "datamanager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void researchersSeeMetricsAndCsvButNoIdentity() throws Exception {
        long study = RetentionFixtures.study(studies);
        String body = page("/studies/" + study + "/retention", "researcher");
        assertThat(body).contains("By wave and informant role").contains("All roles").contains("Attrition analysis")
                .contains("role=\"img\"");
        assertThat(body).doesNotContain("07700 9").doesNotContain("Mill Lane").doesNotContain("Tracing record");
        for (String table : List.of("retention", "family-sets", "attrition")) {
            String csv = mvc.perform(get("/studies/" + study + "/retention/" + table + ".csv")
                            .with(Requests.as(users, "researcher"))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(table)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(csv.lines().count()).isGreaterThan(1);
        }
        mvc.perform(get("/studies/" + study + "/retention/secrets.csv").with(Requests.as(users, "researcher")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/studies/" + study + "/retention").with(Requests.as(users, "researcher")))
                .andExpect(status().isOk());
    }

    @Test
    void theTracingPageShowsProblemsAndKeepsNothingOnBadInput() throws Exception {
        long study = RetentionFixtures.study(studies);
        Participant mother = RetentionFixtures.newMember(studies, users, families, "mother", 100);
        String url = "/studies/" + study + "/participants/" + mother.pseudonym() + "/tracing";
        String body = HtmlUtils.htmlUnescape(mvc.perform(post(url + "/channels").with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("channelKind", "PHONE").param("detail", "07700 900321")
                        .param("validFrom", "2026-02-01").param("validTo", "2026-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(body).contains("govuk-error-summary").contains("cannot be before the day it became valid");
        mvc.perform(post(url + "/channels").with(Requests.as(users, "datamanager")).with(Requests.csrf())
                .param("channelKind", "PHONE").param("detail", "07700 900321")).andExpect(status().is3xxRedirection());
        long channel = tracing.channels(study, mother.pseudonym(), RetentionFixtures.dataManager(users)).get(0).id();
        Wave wave1 = RetentionFixtures.wave(designs, studies, users, 1);
        String day = LocalDate.now(org.familyties.shared.UkTime.ZONE).toString();
        String future = HtmlUtils.htmlUnescape(mvc.perform(post(url + "/attempts").with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("waveId", String.valueOf(wave1.id()))
                        .param("channelId", String.valueOf(channel)).param("attemptedOn", LocalDate.now(org.familyties.shared.UkTime.ZONE)
                                .plusDays(3).toString()).param("attemptedTime", "10:00").param("outcome", "NO_ANSWER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(future).contains("cannot be in the future");
        mvc.perform(post(url + "/attempts").with(Requests.as(users, "datamanager")).with(Requests.csrf())
                .param("waveId", String.valueOf(wave1.id())).param("channelId", String.valueOf(channel))
                .param("attemptedOn", day).param("attemptedTime", "00:00").param("outcome", "MOVED_NEW_DETAILS")
                .param("newChannelKind", "PHONE").param("newDetail", "07700 900654")).andExpect(status().is3xxRedirection());
        String after = page(url, "datamanager");
        assertThat(after).contains("07700 900654").contains("Moved – new details").contains("datamanager");
        mvc.perform(post(url + "/wave-status").with(Requests.as(users, "datamanager")).with(Requests.csrf())
                .param("statusWaveId", String.valueOf(wave1.id())).param("status", "INELIGIBLE"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url, "datamanager")).contains("Ineligible");
        mvc.perform(post(url + "/appointments").with(Requests.as(users, "datamanager")).with(Requests.csrf())
                .param("appointmentWaveId", String.valueOf(wave1.id())).param("startsOn", LocalDate.now(org.familyties.shared.UkTime.ZONE)
                        .plusDays(2).toString()).param("startsTime", "09:15").param("mode", "IN_PERSON")
                .param("place", "Family centre").param("remindOn", day)).andExpect(status().is3xxRedirection());
        String due = page("/studies/" + study + "/tracing/appointments", "datamanager");
        assertThat(due.substring(due.indexOf("id=\"reminders-due\""))).contains(mother.pseudonym());
        String late = HtmlUtils.htmlUnescape(mvc.perform(post(url + "/appointments").with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("appointmentWaveId", String.valueOf(wave1.id()))
                        .param("startsOn", day).param("startsTime", "23:59").param("mode", "PHONE")
                        .param("remindOn", LocalDate.now(org.familyties.shared.UkTime.ZONE).plusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(late).contains("on or before the day of the appointment");
    }
}
