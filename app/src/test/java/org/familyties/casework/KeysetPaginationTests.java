package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Long lists come in keyset pages: the contact log of a case and the caseload, on pages and in the API. */
@FamilyTiesTest
class KeysetPaginationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    Cases cases;

    @Test
    void theContactLogComesInPagesLinkedByNext() throws Exception {
        String token = Requests.token(mvc, "caseworker");
        long caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        mvc.perform(as(token, MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/family-members")).content("""
                {"givenName":"Page","familyName":"Child","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                .formatted(LocalDate.now().minusYears(6), CaseworkFixtures.version(mvc, token, caseId))))
                .andExpect(status().isOk());
        List<Integer> clients = JsonPath.read(CaseworkFixtures.body(mvc, as(token, get("/api/v1/cases/" + caseId))),
                "$.clients[*].personId");
        int logged = Contacts.PAGE_SIZE + 2;
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(60).withNano(0);
        for (int i = 0; i < logged; i++) {
            mvc.perform(as(token, MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/contacts")).content("""
                    {"kind":"PHONE_CALL","occurredAt":"%s","participantIds":[%d],"durationMinutes":10}"""
                    .formatted(start.plusDays(i / 2), clients.get(1)))).andExpect(status().isCreated());
        }

        MockHttpServletResponse first = mvc.perform(as(token, get("/api/v1/cases/" + caseId + "/contacts")))
                .andExpect(status().isOk()).andReturn().getResponse();
        List<Integer> firstIds = JsonPath.read(first.getContentAsString(), "$[*].id");
        assertThat(firstIds).hasSize(Contacts.PAGE_SIZE);
        String link = first.getHeader(HttpHeaders.LINK);
        assertThat(link).contains("rel=\"next\"", "/api/v1/cases/" + caseId + "/contacts?after=");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        MockHttpServletResponse second = mvc.perform(as(token, get(next.substring(next.indexOf("/api/")))))
                .andExpect(status().isOk()).andReturn().getResponse();
        List<Integer> secondIds = JsonPath.read(second.getContentAsString(), "$[*].id");
        assertThat(second.getHeader(HttpHeaders.LINK)).isNull();
        assertThat(secondIds).hasSize(2).doesNotContainAnyElementsOf(firstIds);
        List<String> times = new ArrayList<>(JsonPath.read(first.getContentAsString(), "$[*].occurredAt"));
        times.addAll(JsonPath.read(second.getContentAsString(), "$[*].occurredAt"));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));

        String page = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("rel=\"next\"", "Older contacts").doesNotContain("rel=\"prev\"");
        String after = page.replaceAll("(?s).*href=\"/cases/" + caseId + "\\?after=([^\"#]+)#contacts\" rel=\"next\".*", "$1");
        String older = mvc.perform(get("/cases/" + caseId).param("after", after.replace("&amp;", "&"))
                        .with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(older).contains("href=\"/cases/" + caseId + "#contacts\" rel=\"prev\"", "Newest contacts")
                .doesNotContain("rel=\"next\"");
        mvc.perform(as(token, get("/api/v1/cases/" + caseId + "/contacts?after=not-a-cursor")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aCaseloadPageStartsRightAfterItsCursorWithOrWithoutAReviewDate() {
        var user = users.currentUserFor("caseworker").orElseThrow();
        List<CaseSummary> all = cases.caseload(user, false);
        assertThat(all).hasSizeGreaterThan(3);
        for (int at : List.of(0, all.size() / 2, all.size() - 2)) {
            CaseSummary from = all.get(at);
            CaseloadPage page = cases.caseloadPage(user, false, Keyset.of(from.nextReviewDue(), from.id()));
            List<CaseSummary> expected = all.subList(at + 1, Math.min(all.size(), at + 1 + Cases.CASELOAD_PAGE_SIZE));
            assertThat(page.cases()).extracting(CaseSummary::id).containsExactlyElementsOf(
                    expected.stream().map(CaseSummary::id).toList());
            assertThat(page.total()).isEqualTo(all.size());
        }
        assertThat(all).anyMatch(c -> c.nextReviewDue() == null).anyMatch(c -> c.nextReviewDue() != null);
        assertThat(all.indexOf(all.stream().filter(c -> c.nextReviewDue() == null).findFirst().orElseThrow()))
                .as("cases without a review date come last").isGreaterThan(
                        all.indexOf(all.stream().filter(c -> c.nextReviewDue() != null).reduce((a, b) -> b).orElseThrow()));
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON);
    }
}
