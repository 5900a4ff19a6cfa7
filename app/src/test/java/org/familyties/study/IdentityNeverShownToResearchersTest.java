package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.people.PseudonymRegistry;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Crawls the study pages and API as the researcher and asserts that no participant's name, date of birth,
 * address or phone number appears anywhere; the data manager, crawling the same way, does see them (audited).
 */
@FamilyTiesTest
class IdentityNeverShownToResearchersTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/studies[^\"#]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    private Set<String> identityStrings() {
        Set<String> secrets = new HashSet<>();
        jdbc.sql("select p.given_name, p.family_name, p.date_of_birth, c.address, c.phone from person_pseudonym r "
                        + "join person p on p.id = r.person_id left join person_contact c on c.person_id = p.id")
                .query((rs, n) -> {
                    secrets.add(rs.getString(1) + " " + rs.getString(2));
                    secrets.add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        secrets.add(rs.getString(3));
                    }
                    if (rs.getString(4) != null) {
                        secrets.add(rs.getString(4));
                    }
                    if (rs.getString(5) != null) {
                        secrets.add(rs.getString(5));
                    }
                    return null;
                }).list();
        // Contact details and full addresses kept by retention tracing are identity too.
        jdbc.sql("select detail, contact_name from retention_channel where kind in ('PHONE', 'EMAIL', 'ALTERNATIVE_CONTACT')")
                .query((rs, n) -> {
                    secrets.add(rs.getString(1));
                    return null;
                }).list();
        jdbc.sql("select address from retention_location where address is not null")
                .query((rs, n) -> secrets.add(rs.getString(1))).list();
        return secrets;
    }

    private List<String> crawl(String username, int maxPages) throws Exception {
        long study = DemoStudyHelper.study(studies);
        List<String> bodies = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/studies", "/studies/" + study, "/studies/" + study + "/retention",
                "/studies/" + study + "/families"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && bodies.size() < maxPages) {
            String url = queue.poll();
            var response = mvc.perform(get(url).with(Requests.as(users, username))).andReturn().getResponse();
            String body = response.getContentAsString();
            bodies.add(url + "\n" + HtmlUtils.htmlUnescape(body));
            Matcher m = LINK.matcher(body);
            while (m.find()) {
                String next = HtmlUtils.htmlUnescape(m.group(1));
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        for (String api : List.of("/api/v1/studies", "/api/v1/studies/" + study, "/api/v1/studies/" + study + "/design",
                "/api/v1/studies/" + study + "/families", "/api/v1/studies/" + study + "/withdrawals",
                "/api/v1/studies/" + study + "/data-dictionary", "/api/v1/studies/" + study + "/retention",
                "/studies/" + study + "/retention/retention.csv", "/studies/" + study + "/retention/attrition.csv")) {
            bodies.add(api + "\n" + mvc.perform(get(api).with(Requests.as(users, username))).andReturn().getResponse()
                    .getContentAsString());
        }
        return bodies;
    }

    @Test
    void theResearcherNeverReceivesANameDateOfBirthAddressOrPhoneNumber() throws Exception {
        Set<String> secrets = identityStrings();
        assertThat(secrets).hasSizeGreaterThan(300);
        List<String> bodies = crawl("researcher", 120);
        assertThat(bodies).hasSizeGreaterThan(100);
        assertThat(String.join("\n", bodies)).contains("/waves/").contains("child_questionnaire")
                .contains("Attrition analysis");
        List<String> leaks = new ArrayList<>();
        for (String body : bodies) {
            secrets.stream().filter(body::contains)
                    .forEach(secret -> leaks.add(body.substring(0, body.indexOf('\n')) + " shows " + secret));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theDataManagerSeesIdentityAndEveryViewIsAudited() throws Exception {
        long study = DemoStudyHelper.study(studies);
        Set<String> secrets = identityStrings();
        long before = auditLog.count();
        String families = mvc.perform(get("/api/v1/studies/" + study + "/families")
                .with(Requests.as(users, "datamanager"))).andReturn().getResponse().getContentAsString();
        // Demo families have three or four members; other tests may add smaller families to the shared data.
        List<Integer> ids = com.jayway.jsonpath.JsonPath.<List<Integer>>read(families,
                "$[?(@.members.length() >= 3)].family.id").subList(0, 10);
        StringBuilder all = new StringBuilder();
        for (Integer id : ids) {
            all.append(HtmlUtils.htmlUnescape(mvc.perform(get("/studies/" + study + "/families/" + id + "/identities")
                    .with(Requests.as(users, "datamanager"))).andReturn().getResponse().getContentAsString()));
        }
        String text = all.toString();
        assertThat(secrets.stream().filter(text::contains).count()).isGreaterThan(30);
        assertThat(auditLog.recent(500).stream()
                .filter(e -> e.seq() > before && PseudonymRegistry.RECORD_TYPE.equals(e.recordType()))
                .filter(e -> "datamanager".equals(e.actorUsername())).count()).isGreaterThanOrEqualTo(30);
    }
}
