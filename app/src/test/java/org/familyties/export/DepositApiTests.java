package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Deposit packages of the demo study through the API: contents, checksums, who is left out, who may download. */
@FamilyTiesTest
@Transactional
class DepositApiTests {

    static final String[] FORMATS = {".csv", ".sps", ".sav", ".dta", ".R", "-ddi.xml", "-codebook.html"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    long studyId;

    @BeforeEach
    void study() {
        studyId = jdbc.sql("select id from study where code = 'FAMWAVES'").query(Long.class).single();
    }

    @Test
    void emptyOptionsGiveACompletePackageThatOnlyItsMakerCanDownload() throws Exception {
        long auditBefore = auditLog.count();
        String body = mvc.perform(post("/api/v1/studies/{s}/exports", studyId).with(Requests.as(users, "datamanager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.download").exists())
                .andReturn().getResponse().getContentAsString();
        String download = JsonPath.read(body, "$.download");
        byte[] zip = mvc.perform(get(download).with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);

        List<String> expected = new ArrayList<>(List.of("README.txt", "MANIFEST.sha256",
                "disclosure/disclosure-report.txt"));
        for (String data : List.of("father_long", "father_wide", "mother_long", "mother_wide", "child_long",
                "child_wide", "family_linkage")) {
            for (String format : FORMATS) {
                expected.add("data/" + data + format);
            }
        }
        assertThat(files.keySet().stream().filter(f -> !f.startsWith("transcripts/")))
                .containsExactlyInAnyOrderElementsOf(expected);
        // the demo study's pseudonymised interviews travel as transcripts named by released ids
        assertThat(files.keySet().stream().filter(f -> f.startsWith("transcripts/"))).isNotEmpty()
                .allMatch(f -> f.matches("transcripts/[^/]+_w\\d+\\.txt"));

        String manifest = new String(files.get("MANIFEST.sha256"), StandardCharsets.UTF_8);
        Set<String> listed = new HashSet<>();
        for (String line : manifest.split("\n")) {
            String[] parts = line.split("  ", 2);
            listed.add(parts[1]);
            assertThat(DeterministicZip.sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(listed).hasSize(files.size() - 1);

        String all = text(files);
        for (String pseudonym : jdbc.sql("select p.pseudonym from study_participant p join study_family f on f.id = p.family_id "
                + "where f.study_id = :s").param("s", studyId).query(String.class).list()) {
            assertThat(all).as("study pseudonyms are never released").doesNotContain(pseudonym);
        }
        List<String> names = jdbc.sql("select p.given_name || ' ' || p.family_name from person p "
                + "join person_pseudonym pp on pp.person_id = p.id where pp.study_id = :s").param("s", studyId)
                .query(String.class).list();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(all).doesNotContain(name);
        }
        String csvs = text(files, ".csv");
        for (String family : jdbc.sql("select distinct p.family_name from person p join person_pseudonym pp "
                + "on pp.person_id = p.id where pp.study_id = :s").param("s", studyId).query(String.class).list()) {
            assertThat(csvs).doesNotContainPattern("\\b" + family + "\\b");
        }

        mvc.perform(get(download).with(Requests.as(users, "researcher"))).andExpect(status().isNotFound());
        mvc.perform(get(download).header("Authorization", Requests.bearer(Requests.token(mvc, "datamanager"))))
                .andExpect(status().isOk());
        assertThat(auditLog.count()).isGreaterThan(auditBefore);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'StudyDeposit' and action = 'EXPORT' "
                + "and details like '%\"options\"%'").query(Long.class).single()).isPositive();
    }

    @Test
    void leavesOutRemoveMyDataWithdrawalsAndParticipantsWithoutArchivingConsent() throws Exception {
        String body = create("datamanager", "{}");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String log = mvc.perform(get("/api/v1/studies/{s}/exports/{id}/anonymisation-log", studyId, id)
                        .with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> releasedOf = new TreeMap<>();
        for (String line : log.split("\n")) {
            String[] cells = line.split(",");
            if (cells[0].equals("participant")) {
                releasedOf.put(cells[1], cells[2]);
            }
        }
        String removed = jdbc.sql("select p.pseudonym from study_withdrawal w join study_participant p on p.id = w.participant_id "
                + "where w.study_id = :s and w.choice = 'REMOVE_DATA'").param("s", studyId).query(String.class).single();
        List<String> noArchiving = withoutArchivingConsent();
        assertThat(noArchiving).isNotEmpty();
        assertThat(releasedOf).doesNotContainKey(removed);
        assertThat(releasedOf.keySet()).doesNotContainAnyElementsOf(noArchiving);

        byte[] zip = mvc.perform(get(JsonPath.<String>read(body, "$.download")).with(Requests.as(users, "datamanager")))
                .andReturn().getResponse().getContentAsByteArray();
        Set<String> releasedInData = new HashSet<>();
        for (var e : unzip(zip).entrySet()) {
            if (e.getKey().endsWith(".csv") && e.getKey().startsWith("data/")) {
                String[] lines = new String(e.getValue(), StandardCharsets.UTF_8).split("\n");
                int col = Arrays.asList(lines[0].split(",")).indexOf("participant_id");
                for (int i = 1; i < lines.length; i++) {
                    releasedInData.add(lines[i].split(",")[col]);
                }
            }
        }
        assertThat(releasedInData).isNotEmpty();
        assertThat(releasedOf.values()).containsAll(releasedInData);

        mvc.perform(get("/api/v1/studies/{s}/exports/{id}/anonymisation-log", studyId, id)
                .with(Requests.as(users, "researcher"))).andExpect(status().isForbidden());
    }

    @Test
    void sameOptionsGiveByteIdenticalDataFiles() throws Exception {
        String options = "{\"waves\":[1,2],\"quasiIdentifiers\":[\"cq_age\"],\"dates\":\"SHIFT\"}";
        Map<String, byte[]> first = unzip(download(create("researcher", options), "researcher"));
        Map<String, byte[]> second = unzip(download(create("researcher", options), "researcher"));
        int compared = 0;
        for (String name : first.keySet()) {
            if (name.startsWith("data/")) {
                assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(7 * 7);
    }

    @Test
    void badOptionsAreAnsweredWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/studies/{s}/exports", studyId).with(Requests.as(users, "datamanager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waves\":[9],\"dates\":\"sometimes\",\"k\":1,\"quasiIdentifiers\":[\"nope\"],"
                                + "\"topCodes\":[{\"variable\":\"cq_age\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'waves')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'dates')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'k')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'quasiIdentifiers')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'topCodes')]").exists());
    }

    @Test
    void anotherStudysUserCannotExport() throws Exception {
        mvc.perform(post("/api/v1/studies/{s}/exports", studyId).with(Requests.as(users, "caseworker"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    /** Participants whose consents at their latest consented wave do not all agree to archiving. */
    private List<String> withoutArchivingConsent() {
        return jdbc.sql("""
                select p.pseudonym from study_participant p join study_family f on f.id = p.family_id
                where f.study_id = :s and (
                  not exists (select 1 from study_consent c where c.participant_id = p.id)
                  or exists (select 1 from study_consent c join study_wave w on w.id = c.wave_id
                             where c.participant_id = p.id and c.archiving = false and w.position = (
                               select max(w2.position) from study_consent c2 join study_wave w2 on w2.id = c2.wave_id
                               where c2.participant_id = p.id)))""").param("s", studyId).query(String.class).list();
    }

    String create(String user, String options) throws Exception {
        return mvc.perform(post("/api/v1/studies/{s}/exports", studyId).with(Requests.as(users, user))
                        .contentType(MediaType.APPLICATION_JSON).content(options))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    byte[] download(String created, String user) throws Exception {
        return mvc.perform(get(JsonPath.<String>read(created, "$.download")).with(Requests.as(users, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files) {
        return text(files, "");
    }

    private static String text(Map<String, byte[]> files, String suffix) {
        StringBuilder b = new StringBuilder();
        files.forEach((name, bytes) -> {
            if (name.endsWith(suffix)) {
                b.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
            }
        });
        return b.toString();
    }
}
