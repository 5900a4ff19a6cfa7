package org.familyties.safeguarding;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.Requests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A fresh case in D01 with a partner and a child, made through the API so tests do not share records. */
final class SafeguardingFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    final MockMvc mvc;
    final String caseworker;
    final String lead;
    long caseId;
    long prisonerId;
    long partnerId;
    long childId;

    SafeguardingFixtures(MockMvc mvc) throws Exception {
        this.mvc = mvc;
        this.caseworker = Requests.token(mvc, "caseworker");
        this.lead = Requests.token(mvc, "safeguarding");
    }

    SafeguardingFixtures newCase(People people, Prisons prisons) throws Exception {
        String number = String.format("S%04dGD", NEXT.incrementAndGet());
        prisonerId = people.registerPersonInPrison("Pat", "Guarded" + number.substring(1, 5), LocalDate.of(1985, 2, 2),
                number, prisons.findByCode("D01").orElseThrow().id());
        String referral = body(call(caseworker, post("/api/v1/referrals"), """
                {"prisonNumber":"%s","source":"PRISON_STAFF","referrerName":"Officer Lee","reason":"Family contact",
                 "urgency":"ROUTINE","consent":true,"receivedOn":"%s"}""".formatted(number, LocalDate.now().minusDays(2)))
                .andExpect(status().isCreated()));
        int referralId = JsonPath.read(referral, "$.id");
        String triaged = body(call(caseworker, post("/api/v1/referrals/" + referralId + "/triage"),
                "{\"decision\":\"ACCEPT\",\"reason\":\"Meets criteria\",\"version\":0}").andExpect(status().isOk()));
        caseId = ((Number) JsonPath.read(triaged, "$.caseId")).longValue();
        call(caseworker, post("/api/v1/cases/" + caseId + "/family-members"), """
                {"givenName":"Alex","familyName":"Partner","dateOfBirth":"1990-05-05","role":"PARTNER","version":%d}"""
                .formatted(version())).andExpect(status().isOk());
        call(caseworker, post("/api/v1/cases/" + caseId + "/family-members"), """
                {"givenName":"Ivy","familyName":"Guarded","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                .formatted(LocalDate.now().minusYears(8), version())).andExpect(status().isOk());
        String c = body(call(caseworker, get("/api/v1/cases/" + caseId), null).andExpect(status().isOk()));
        List<Integer> partner = JsonPath.read(c, "$.clients[?(@.relationToPrisoner == 'PARTNER')].personId");
        List<Integer> child = JsonPath.read(c, "$.clients[?(@.relationToPrisoner == 'CHILD')].personId");
        partnerId = partner.get(0);
        childId = child.get(0);
        return this;
    }

    int version() throws Exception {
        return JsonPath.read(body(call(caseworker, get("/api/v1/cases/" + caseId), null)), "$.version");
    }

    ResultActions call(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(token));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    /** A restriction recorded by the safeguarding lead; returns its id. */
    long restrict(String type, Long familyPersonId, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn)
            throws Exception {
        String json = """
                {"familyPersonId":%s,"type":"%s","source":"COURT_ORDER","startsOn":"%s","endsOn":%s,"reviewOn":"%s",
                 "documentReference":"CO-2026-%d","details":"Order made at family court"}""".formatted(
                familyPersonId, type, startsOn, endsOn == null ? "null" : "\"" + endsOn + "\"", reviewOn,
                NEXT.incrementAndGet());
        String saved = body(call(lead, post("/api/v1/cases/" + caseId + "/safeguarding/restrictions"), json)
                .andExpect(status().isCreated()));
        return ((Number) JsonPath.read(saved, "$.id")).longValue();
    }

    String contactJson(String kind, LocalDate on, boolean facilitated, long... participants) {
        StringBuilder ids = new StringBuilder();
        for (long p : participants) {
            ids.append(ids.isEmpty() ? "" : ",").append(p);
        }
        return """
                {"kind":"%s","occurredAt":"%sT00:00:00","participantIds":[%s],"facilitated":%s,"outcome":"HAPPENED"}"""
                .formatted(kind, on, ids, facilitated);
    }
}
