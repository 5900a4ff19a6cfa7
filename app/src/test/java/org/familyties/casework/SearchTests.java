package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@FamilyTiesTest
class SearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;

    private List<String> names(String token, String q) throws Exception {
        String body = mvc.perform(get("/api/v1/search").param("q", q).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].name");
    }

    @Test
    void findsPeopleByNameInAnyOrderWithTyposByNumberAndByDateOfBirthOnlyInTheUsersPrisons() throws Exception {
        String number = CaseworkFixtures.newPrisonNumber();
        people.registerPersonInPrison("Siobhán", "Quillfeather", LocalDate.of(1979, 2, 14), number,
                prisons.findByCode("D01").orElseThrow().id());
        String token = Requests.token(mvc, "caseworker");
        assertThat(names(token, "quillfeather siobhan")).first().isEqualTo("Siobhán Quillfeather");
        assertThat(names(token, "Siobahn Quilfeather")).contains("Siobhán Quillfeather");
        assertThat(names(token, number.toLowerCase())).first().isEqualTo("Siobhán Quillfeather");
        assertThat(names(token, "14/02/1979 quillfeather")).containsExactly("Siobhán Quillfeather");
        assertThat(names(token, "1979-02-14")).contains("Siobhán Quillfeather");
        assertThat(names(token, "Quillfeather 1980-01-01")).doesNotContain("Siobhán Quillfeather");
        assertThat(names(Requests.token(mvc, "caseworker2"), "quillfeather siobhan")).doesNotContain("Siobhán Quillfeather");
    }

    @Test
    void findsFamilyMembersThroughTheirCases() throws Exception {
        String token = Requests.token(mvc, "caseworker");
        long caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/family-members")
                .header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Marigold\",\"familyName\":\"Thistlewaite\",\"role\":\"PARTNER\",\"version\":0}"))
                .andExpect(status().isOk());
        String body = mvc.perform(get("/api/v1/search").param("q", "marigold thistlewait")
                        .header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(body, "$[0].caseIds")).containsExactly((int) caseId);
        assertThat(JsonPath.<String>read(body, "$[0].role")).isEqualTo("FAMILY_MEMBER");
        assertThat(names(Requests.token(mvc, "caseworker2"), "marigold thistlewaite")).isEmpty();
        String page = mvc.perform(get("/search").param("q", "Thistlewaite").with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Marigold Thistlewaite", "/cases/" + caseId);
    }
}
