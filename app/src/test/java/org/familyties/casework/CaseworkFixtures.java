package org.familyties.casework;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.Requests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Makes fresh people in prison, referrals and cases through the API, so tests do not share records. */
final class CaseworkFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private CaseworkFixtures() {
    }

    static String newPrisonNumber() {
        return String.format("T%04dQA", NEXT.incrementAndGet());
    }

    /** A new person in the given demo prison; returns their prison number. */
    static String prisoner(People people, Prisons prisons, String prisonCode) {
        String number = newPrisonNumber();
        people.registerPersonInPrison("Pat", "Fixture" + number.substring(1, 5), LocalDate.of(1988, 4, 4), number,
                prisons.findByCode(prisonCode).orElseThrow().id());
        return number;
    }

    static String referralJson(String prisonNumber, boolean consent) {
        return """
                {"prisonNumber":"%s","source":"PRISON_STAFF","referrerName":"Officer Lee","reason":"Children have not visited since reception",
                 "urgency":"ROUTINE","consent":%s,"receivedOn":"%s"}""".formatted(prisonNumber, consent, LocalDate.now().minusDays(2));
    }

    static String body(MockMvc mvc, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** Refers and accepts a new person in D01 as the given user's token; returns the case id. */
    static long openCase(MockMvc mvc, String token, People people, Prisons prisons) throws Exception {
        String number = prisoner(people, prisons, "D01");
        String referral = mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, Requests.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(referralJson(number, true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(referral, "$.id");
        String triaged = mvc.perform(post("/api/v1/referrals/" + id + "/triage")
                        .header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"ACCEPT\",\"reason\":\"Meets criteria\",\"version\":0}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(triaged, "$.caseId")).longValue();
    }

    static int version(MockMvc mvc, String token, long caseId) throws Exception {
        String body = mvc.perform(get("/api/v1/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.version");
    }
}
