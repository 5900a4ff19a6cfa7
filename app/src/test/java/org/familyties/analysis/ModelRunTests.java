package org.familyties.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A model run end to end on the demo study: answers stored for fathers and children flow into a child-level
 * data set, the engine fits the model, and the run is saved and shown. The regression is checked against
 * ordinary least squares computed here by hand (maximum likelihood gives the same slope).
 */
@FamilyTiesTest
@Transactional
class ModelRunTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    private long studyId;
    private final List<double[]> pairs = new ArrayList<>();

    @BeforeEach
    void storeAnswers() {
        studyId = jdbc.sql("select id from study where code = 'FAMWAVES'").query(Long.class).single();
        long wave = jdbc.sql("select id from study_wave where study_id = :s and position = 1").param("s", studyId)
                .query(Long.class).single();
        List<Map<String, Object>> families = jdbc.sql("""
                select f.id as family, min(case when r.code = 'father' then p.id end) as father,
                       min(case when r.code = 'child' then p.id end) as child
                from study_family f join study_participant p on p.family_id = f.id
                join study_informant_role r on r.id = p.role_id
                where f.study_id = :s and not exists (select 1 from study_withdrawal w where w.participant_id = p.id
                    and w.choice = 'REMOVE_DATA')
                group by f.id order by f.id""").param("s", studyId).query().listOfRows();
        int i = 0;
        for (Map<String, Object> f : families) {
            if (f.get("father") == null || f.get("child") == null) {
                continue;
            }
            double x = i % 7;
            double y = 1 + 0.5 * x + ((i * 37) % 11 - 5) / 10.0;
            // every fifth father refused the question: code -7 must count as missing, not as a value
            boolean refused = i % 5 == 4;
            answer(((Number) f.get("father")).longValue(), wave, "test_x", refused ? "-7" : Double.toString(x));
            answer(((Number) f.get("child")).longValue(), wave, "test_y", Double.toString(y));
            if (!refused) {
                pairs.add(new double[] {x, y});
            }
            i++;
        }
        assertThat(pairs).hasSizeGreaterThan(10);
    }

    private void answer(long participant, long wave, String field, String value) {
        jdbc.sql("insert into study_record (study_id, participant_id, wave_id, instrument, status, updated_at, "
                        + "updated_by) values (:s, :p, :w, :i, 'COMPLETE', :at, 'test')")
                .param("s", studyId).param("p", participant).param("w", wave).param("i", "analysis_" + field)
                .param("at", OffsetDateTime.now()).update();
        long record = jdbc.sql("select id from study_record where participant_id = :p and wave_id = :w and instrument = :i")
                .param("p", participant).param("w", wave).param("i", "analysis_" + field).query(Long.class).single();
        jdbc.sql("insert into study_response (record_id, field_name, answer) values (:r, :f, :a)")
                .param("r", record).param("f", field).param("a", value).update();
    }

    private double[] ols() {
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    @Test
    void apiFitsAChildLevelModelWithTheFathersAnswersJoinedIn() throws Exception {
        String token = Requests.token(mvc, "researcher");
        String body = mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs")
                        .header("Authorization", Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~ b*father_w1_test_x\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.containsString("/analysis/runs/")))
                .andExpect(jsonPath("$.converged").value(true))
                .andExpect(jsonPath("$.casesUsed[0]").value(pairs.size()))
                .andReturn().getResponse().getContentAsString();
        List<Double> slope = JsonPath.read(body, "$.parameters[?(@.op == '~')].est");
        assertThat(slope.get(0)).isCloseTo(ols()[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat((Double) JsonPath.read(body, "$.fit.df")).isZero();
        int runId = JsonPath.read(body, "$.id");
        assertThat(auditLog.historyOf(ModelRuns.RECORD_TYPE, String.valueOf(runId))).hasSize(1);

        mvc.perform(get("/api/v1/studies/" + studyId + "/analysis/runs/" + runId).header("Authorization",
                        Requests.bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.model").value("child_w1_test_y ~ b*father_w1_test_x"));
    }

    @Test
    void pagesShowTheRunWithItsDiagramAndOfferDownloads() throws Exception {
        var result = mvc.perform(post("/studies/" + studyId + "/analysis").with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).param("unitRole", "child")
                        .param("model", "child_w1_test_y ~ father_w1_test_x").param("function", "sem")
                        .param("missing", "listwise").param("bootstrap", "0").param("seed", "1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.containsString("father_w1_test_x")))
                .andExpect(content().string(Matchers.containsString("rmsea")));
        String csv = mvc.perform(get(location + "/parameters.csv").with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("lhs,op,rhs,group,label,est,se,z,pvalue,ci.lower,ci.upper,std.lv,std.all")
                .contains("\"child_w1_test_y\",\"~\",\"father_w1_test_x\"");
        mvc.perform(get(location + "/result.json").with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fit.npar").exists());
    }

    @Test
    void rerunOnUnchangedDataGivesTheSameChecksumAndEstimates() throws Exception {
        String token = Requests.token(mvc, "researcher");
        String first = mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs")
                        .header("Authorization", Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~ father_w1_test_x\"}"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(first, "$.id");
        var rerun = mvc.perform(post("/studies/" + studyId + "/analysis/runs/" + id + "/rerun")
                .with(Requests.as(users, "researcher")).with(Requests.csrf())).andReturn();
        String again = mvc.perform(get("/api/v1" + rerun.getResponse().getRedirectedUrl())
                .header("Authorization", Requests.bearer(token))).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(again, "$.dataSha256")).isEqualTo(JsonPath.read(first, "$.dataSha256"));
        assertThat((String) JsonPath.read(again, "$.resultJson")).isEqualTo(JsonPath.read(first, "$.resultJson"));
    }

    @Test
    void badModelsGetTheEnginesMessageAndSaveNothing() throws Exception {
        String token = Requests.token(mvc, "researcher");
        long before = jdbc.sql("select count(*) from analysis_run").query(Long.class).single();
        mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs").header("Authorization", Requests.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~ nosuchvariable\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("model"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("nosuchvariable")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("child_w1_test_y")));
        mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs").header("Authorization", Requests.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~~~ x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("line 1")));
        mvc.perform(post("/studies/" + studyId + "/analysis").with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).param("unitRole", "child").param("model", "")
                        .param("function", "sem").param("missing", "listwise").param("bootstrap", "lots").param("seed", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("Enter a whole number for the bootstrap")));
        assertThat(jdbc.sql("select count(*) from analysis_run").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void participantsWhoAskedForTheirDataToBeRemovedAreLeftOut() throws Exception {
        long child = jdbc.sql("""
                select min(p.id) from study_participant p join study_informant_role r on r.id = p.role_id
                join study_record rec on rec.participant_id = p.id
                where p.study_id = :s and r.code = 'child' and rec.instrument = 'analysis_test_y'
                and not exists (select 1 from study_withdrawal w where w.participant_id = p.id)""")
                .param("s", studyId).query(Long.class).single();
        String token = Requests.token(mvc, "researcher");
        String before = mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs")
                        .header("Authorization", Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~ father_w1_test_x\"}"))
                .andReturn().getResponse().getContentAsString();
        jdbc.sql("insert into study_withdrawal (participant_id, study_id, withdrawn_on, choice, recorded_at, recorded_by) "
                        + "values (:p, :s, current_date, 'REMOVE_DATA', :at, 'test')")
                .param("p", child).param("s", studyId).param("at", OffsetDateTime.now()).update();
        String after = mvc.perform(post("/api/v1/studies/" + studyId + "/analysis/runs")
                        .header("Authorization", Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitRole\":\"child\",\"model\":\"child_w1_test_y ~ father_w1_test_x\"}"))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(after, "$.dataRows")).isEqualTo((Integer) JsonPath.read(before, "$.dataRows") - 1);
    }

    @Test
    void onlyResearchStaffOfTheStudyMayRunModels() throws Exception {
        String caseworker = Requests.token(mvc, "caseworker");
        mvc.perform(get("/api/v1/studies/" + studyId + "/analysis/runs").header("Authorization", Requests.bearer(caseworker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/studies/999999/analysis/runs")
                        .header("Authorization", Requests.bearer(Requests.token(mvc, "researcher"))))
                .andExpect(status().isNotFound());
    }
}
